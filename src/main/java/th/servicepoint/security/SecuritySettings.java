package th.servicepoint.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Sign-in settings; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.security")
public interface SecuritySettings {

    /** How long a verified username and password are accepted without checking the bcrypt hash again. */
    Duration signInMemory();

    /** Above this many remembered sign-ins, expired ones are dropped. */
    int signInMemorySize();
}
