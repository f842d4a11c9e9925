package th.servicepoint.site;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new service point. {@code code} names it in URLs and cannot change later; time zone, hours and open days default
 * to Asia/Bangkok, 08:30–16:30, Monday to Friday, with no tickets from kiosks outside those hours.
 */
public record NewServicePoint(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "use lower-case letters a-z, digits and '-'") String code,
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 500) String address,
        @Size(max = 64) String timeZone,
        LocalTime opensAt,
        LocalTime closesAt,
        List<String> openDays,
        Boolean issueOutsideHours) {

    ServicePointForm form() {
        return new ServicePointForm(nameTh, nameEn, address, timeZone, opensAt, closesAt, openDays, issueOutsideHours);
    }
}
