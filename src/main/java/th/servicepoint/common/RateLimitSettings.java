package th.servicepoint.common;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often one client may call the public endpoints; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.rate-limit")
public interface RateLimitSettings {

    /** Requests a minute per client and bucket (see {@link RateLimited}). */
    Map<String, Integer> perMinute();

    /** Requests a minute for a bucket not listed in {@link #perMinute()}. */
    @WithDefault("60")
    int defaultPerMinute();

    /**
     * The key of the hash that tells clients apart. Unset: a random key per start, which is enough because the
     * counts live in memory too.
     */
    Optional<String> secret();
}
