package th.servicepoint.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/** What browsers are told and allowed at the HTTP edge; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.edge")
public interface EdgeSettings {

    /**
     * Origins besides the service's own (scheme://host[:port]) whose pages may send POST, PUT, PATCH and DELETE, such
     * as an agency intranet that embeds a form of ours; unset: only the service's own pages.
     */
    Optional<Set<String>> allowedOrigins();

    /**
     * How long a browser that reached the service over HTTPS keeps to HTTPS for its host (Strict-Transport-Security
     * max-age); sent only on answers that went over TLS, directly or through a trusted proxy.
     */
    Duration hstsMaxAge();
}
