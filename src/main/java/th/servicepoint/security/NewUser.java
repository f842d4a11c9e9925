package th.servicepoint.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new staff account; roles out of ADMIN, CLERK, EXECUTIVE, COMPLAINT_OFFICER. */
public record NewUser(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "use letters, digits, '.', '_', '@' and '-'") String username,
        @NotNull @PasswordPolicy String password,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull String> roles) {
}
