package th.servicepoint.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A division (สำนัก/กอง) as an administrator creates or edits it; the code is what services refer to. */
public record DivisionForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "use letters A-Z, digits, '_' and '-'") String code,
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn) {
}
