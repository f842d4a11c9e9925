package th.servicepoint.agency;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the platform changes of an agency: names, class, province, district, whether it is active, and who gets its
 * half-year report by mail ({@code reportRecipients}; absent: unchanged).
 */
public record AgencyForm(
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotNull AgencyClass agencyClass,
        @NotBlank @Size(max = 100) String province,
        @Size(max = 100) String district,
        @NotNull Boolean active,
        @Size(max = Agency.MAX_RECIPIENTS) List<@NotBlank @Size(max = 254) @Email(regexp = MAIL_ADDRESS, message = MAIL_ADDRESS_HINT) String> reportRecipients) {

    /** Beyond @Email's own check: a domain with a dot, as mail between agencies needs ("palad@localhost" is not). */
    static final String MAIL_ADDRESS = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String MAIL_ADDRESS_HINT = "use one e-mail address per entry, such as palad@agency.go.th";
}
