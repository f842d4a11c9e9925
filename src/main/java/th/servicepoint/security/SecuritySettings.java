package th.servicepoint.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Sign-in settings; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.security")
public interface SecuritySettings {

    /**
     * How long a password verified against a user's stored hash is accepted again without bcrypt, while the hash is unchanged.
     */
    Duration signInMemory();

    /** Above this many remembered sign-ins, expired ones are dropped. */
    int signInMemorySize();
}
