package th.servicepoint.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import th.servicepoint.site.SetupSettings;

/**
 * The first administrator's password from configuration meets the rule of every other password, or the service
 * refuses to start, naming the setting: the configuration is checked as Quarkus checks it at start (Bean Validation
 * of the {@code @ConfigMapping}).
 */
class FirstAdministratorPasswordTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aShortPasswordStopsTheStartNamingTheSetting() {
        String problem = refused("admin1");
        assertTrue(problem.contains("servicepoint.admin.password") && problem.contains("at least 8 characters"),
                problem);
    }

    @Test
    void aPasswordBcryptWouldCutStopsTheStart() {
        // 24 Thai letters are 72 bytes in UTF-8; one more letter of any kind is one byte too many
        String thai = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธ";
        assertEquals(72, thai.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(refused(thai + "1").contains("72 bytes"));
        assertEquals(thai, settings(thai).admin().password().orElseThrow());
    }

    @Test
    void noPasswordCreatesNoAdministratorAndStarts() {
        assertTrue(settings(null).admin().password().isEmpty());
    }

    private static String refused(String password) {
        return assertThrows(ConfigValidationException.class, () -> settings(password)).getMessage();
    }

    private static SetupSettings settings(String password) {
        Map<String, String> properties = new HashMap<>(Map.of("servicepoint.demo", "false",
                "servicepoint.admin.username", "admin", "servicepoint.embedded-db.enabled", "false",
                "servicepoint.embedded-db.data-dir", "data", "servicepoint.embedded-db.port", "0"));
        if (password != null) {
            properties.put("servicepoint.admin.password", password);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SetupSettings.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR).build();
        return config.getConfigMapping(SetupSettings.class);
    }
}
