package th.servicepoint.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Says at start when production runs without a staff session key: Quarkus then makes one for this run, so every
 * restart signs all staff out and other instances cannot read this one's cookies. A single office trying it out still
 * starts; the deploy files all set one.
 */
@ApplicationScoped
public class SessionKeyWarning {

    private static final Logger LOG = Logger.getLogger(SessionKeyWarning.class);

    private final Optional<String> key;

    SessionKeyWarning(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        this.key = key;
    }

    void check(@Observes StartupEvent started) {
        if (key.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set: staff are signed out at every restart, and"
                    + " instances sharing a database cannot read each other's sessions. Set it (openssl rand -base64 32),"
                    + " the same on every instance; see docs/security.md, The HTTP edge");
        }
    }
}
