package th.servicepoint.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Counts requests per client and bucket in one-minute windows, and remembers which client did a once-per-interval
 * action when, in memory (each instance counts its own). A client is known only by an HMAC of its address under a
 * secret key, so neither memory nor logs hold an IP address.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    private record Window(long start, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    /** Until when (epoch millis) a client must wait to do an action again. */
    private final Map<String, Long> onceUntil = new ConcurrentHashMap<>();
    private final RateLimitSettings settings;
    private final Clock clock;
    private final SecretKeySpec key;

    RateLimiter(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.key = new SecretKeySpec(settings.secret().orElseGet(Tokens::random).getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
    }

    /** Seconds until the client may call again, or 0 when this request is allowed (and counted). */
    public long retryAfter(String bucket, String clientAddress) {
        long now = clock.millis();
        long windowStart = now - now % WINDOW_MILLIS;
        Window window = windows.compute(bucket + ":" + pseudonym(clientAddress), (id, current) -> current == null
                || current.start() != windowStart ? new Window(windowStart, new AtomicInteger()) : current);
        if (window.count().incrementAndGet() <= limit(bucket)) {
            return 0;
        }
        return Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
    }

    /**
     * Seconds until the client may do {@code action} again, or 0 when it did not do it within the last
     * {@code interval} (and is now remembered as having done it). Atomic per client, so of two requests at once one
     * gets 0.
     */
    public long onceWithin(String action, String clientAddress, Duration interval) {
        long now = clock.millis();
        long[] waitMillis = { 0 };
        onceUntil.compute(action + ":" + pseudonym(clientAddress), (id, until) -> {
            if (until != null && until > now) {
                waitMillis[0] = until - now;
                return until;
            }
            return now + interval.toMillis();
        });
        return (waitMillis[0] + 999) / 1000;
    }

    @Scheduled(every = "1m", identity = "rate-limit-prune")
    void forgetThePast() {
        long now = clock.millis();
        windows.values().removeIf(window -> window.start() + WINDOW_MILLIS <= now);
        onceUntil.values().removeIf(until -> until <= now);
    }

    private int limit(String bucket) {
        return settings.perMinute().getOrDefault(bucket, settings.defaultPerMinute());
    }

    /**
     * What the service keeps of a client's address instead of the address: a keyed hash, the same for one address
     * until the service restarts.
     */
    public String pseudonym(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
