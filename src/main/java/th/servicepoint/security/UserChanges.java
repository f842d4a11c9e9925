package th.servicepoint.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An account's display name, roles and active flag; a password only when it is to change. */
public record UserChanges(
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull String> roles,
        @NotNull Boolean active,
        @PasswordPolicy String password) {
}
