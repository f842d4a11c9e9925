package th.servicepoint.agency;

import java.time.Instant;
import java.util.List;

/** An agency as the platform's list shows it, with how many service points it has and who gets its report by mail. */
public record AgencyView(String code, String nameTh, String nameEn, AgencyClass agencyClass, String province,
        String district, boolean active, long servicePoints, Instant createdAt, List<String> reportRecipients) {

    static AgencyView of(Agency agency, long servicePoints) {
        return new AgencyView(agency.code, agency.nameTh, agency.nameEn, agency.agencyClass, agency.province,
                agency.district, agency.active, servicePoints, agency.createdAt, List.copyOf(agency.reportRecipients));
    }
}
