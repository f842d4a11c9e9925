package th.servicepoint.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the platform changes of an agency: names, class, province, district, and whether it is active. */
public record AgencyForm(
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotNull AgencyClass agencyClass,
        @NotBlank @Size(max = 100) String province,
        @Size(max = 100) String district,
        @NotNull Boolean active) {
}
