package th.servicepoint.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account above the agencies: a platform operator (PLATFORM) or a provincial account (PROVINCIAL), which reads
 * the agencies of its {@code province}.
 */
public record NewPlatformUser(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "use letters, digits, '.', '_', '@' and '-'") String username,
        @NotNull @PasswordPolicy String password,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @Pattern(regexp = "PLATFORM|PROVINCIAL", message = "use PLATFORM or PROVINCIAL") String role,
        @Size(max = 100) String province) {

    /** A provincial account names its province; a platform account sees every province and names none. */
    @AssertTrue(message = "a PROVINCIAL account names its province; a PLATFORM account none")
    boolean isProvince() {
        boolean named = province != null && !province.isBlank();
        return role == null || named == Role.PROVINCIAL.equals(role);
    }
}
