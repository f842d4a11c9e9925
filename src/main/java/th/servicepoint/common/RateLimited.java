package th.servicepoint.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public endpoint that one client may call only so often: {@code servicepoint.rate-limit.per-minute.<bucket>} times
 * a minute per instance, then 429 with Retry-After. Clients are told apart by a keyed hash of their address; the
 * address itself is never stored.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The bucket: endpoints that share one count the same requests together. */
    String value();
}
