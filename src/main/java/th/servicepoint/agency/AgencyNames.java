package th.servicepoint.agency;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an agency's administrator keeps of it: its names, and who gets its half-year report by mail
 * ({@code reportRecipients}; absent: unchanged). Class, province and code are the platform's to change.
 */
public record AgencyNames(@NotBlank @Size(max = 200) String nameTh, @NotBlank @Size(max = 200) String nameEn,
        @Size(max = Agency.MAX_RECIPIENTS) List<@NotBlank @Size(max = 254) @Email(regexp = AgencyForm.MAIL_ADDRESS, message = AgencyForm.MAIL_ADDRESS_HINT) String> reportRecipients) {
}
