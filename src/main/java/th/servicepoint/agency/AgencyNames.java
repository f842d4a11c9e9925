package th.servicepoint.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agency's names, which its own administrator keeps; class, province and code are the platform's to change. */
public record AgencyNames(@NotBlank @Size(max = 200) String nameTh, @NotBlank @Size(max = 200) String nameEn) {
}
