package th.servicepoint.site;

import java.time.LocalTime;

/** A service point as the public and the kiosks see it. */
public record ServicePointView(String code, String name, String nameEn, String address, String timeZone,
        LocalTime opensAt, LocalTime closesAt, String openDays) {

    public static ServicePointView of(ServicePoint sp) {
        return new ServicePointView(sp.code, sp.nameTh, sp.nameEn, sp.address, sp.timeZone, sp.opensAt,
                sp.closesAt, sp.openDays);
    }
}
