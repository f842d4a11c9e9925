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

    /** How many wrong passwords may be tried before sign-in is refused for a while (429). */
    Throttle signInThrottle();

    /**
     * Password checks (bcrypt: tens of milliseconds of CPU each) that may run at once; more wait up to
     * {@link #passwordCheckWait()}, then are refused with 503 and Retry-After.
     */
    int concurrentPasswordChecks();

    Duration passwordCheckWait();

    interface Throttle {

        /** Failed sign-ins to one account, from anywhere, before it is refused. */
        int failuresPerAccount();

        /** Failed sign-ins from one client, to any accounts, before it is refused. */
        int failuresPerClient();

        /** Refused until this long after the last failure; then the failures are forgotten. */
        Duration quietPeriod();
    }
}
