package th.servicepoint.site;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an administrator sets on a service point (all of it: omitted time zone, hours and open days go back to their
 * defaults). Open days are MON … SUN. {@code issueOutsideHours}: kiosks issue tickets outside the hours too (default
 * false: they explain when the office opens and issue nothing).
 */
public record ServicePointForm(
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 500) String address,
        @Size(max = 64) String timeZone,
        LocalTime opensAt,
        LocalTime closesAt,
        List<String> openDays,
        Boolean issueOutsideHours) {
}
