package th.servicepoint.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import th.servicepoint.security.PasswordPolicy;

/**
 * A new agency and its first administrator, who sets it up. {@code code} names it in URLs ({@code ?agency=}) and never
 * changes.
 */
public record NewAgency(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "use lower-case letters a-z, digits and '-'") String code,
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotNull AgencyClass agencyClass,
        @NotBlank @Size(max = 100) String province,
        @Size(max = 100) String district,
        @NotNull @Valid FirstAdmin firstAdmin) {

    /** The agency's first ADMIN account. */
    public record FirstAdmin(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "use letters, digits, '.', '_', '@' and '-'") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @PasswordPolicy String password) {
    }

    AgencyForm form() {
        return new AgencyForm(nameTh, nameEn, agencyClass, province, district, true, null);
    }
}
