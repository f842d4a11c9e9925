package th.servicepoint.site;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** A service point as an administrator sees and edits it. */
public record ServicePointDetail(String code, String nameTh, String nameEn, String address, String timeZone,
        LocalTime opensAt, LocalTime closesAt, List<String> openDays, boolean issueOutsideHours) {

    static ServicePointDetail of(ServicePoint sp) {
        return new ServicePointDetail(sp.code, sp.nameTh, sp.nameEn, sp.address, sp.timeZone, sp.opensAt,
                sp.closesAt, Arrays.stream(sp.openDays.split(",")).filter(d -> !d.isBlank()).toList(),
                sp.issueOutsideHours);
    }
}
