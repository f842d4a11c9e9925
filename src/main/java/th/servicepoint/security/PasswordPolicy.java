package th.servicepoint.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password a person may be given: at least {@value #MIN_CHARACTERS} characters, and at most {@value #MAX_BYTES}
 * bytes in UTF-8, because bcrypt ignores everything after its 72nd byte (a Thai letter takes three), so a longer
 * password would sign in with only its beginning. Null passes (a password left unchanged).
 */
@Documented
@Constraint(validatedBy = PasswordPolicy.Rule.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordPolicy {

    int MIN_CHARACTERS = 8;
    int MAX_BYTES = 72;

    String message() default "use at least " + MIN_CHARACTERS + " characters and at most " + MAX_BYTES
            + " bytes in UTF-8 (a Thai letter takes 3 bytes): bcrypt ignores every byte after byte " + MAX_BYTES;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Rule implements ConstraintValidator<PasswordPolicy, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return password == null || password.codePointCount(0, password.length()) >= MIN_CHARACTERS
                    && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
