package th.servicepoint.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Counts failed sign-ins per account and per client, in memory (each instance counts its own). After
 * {@code sign-in-throttle.failures-per-account} failures for one account, or {@code failures-per-client} from one
 * client, that account or client is refused without a password check until {@code quiet-period} has passed since its
 * last failure; a successful sign-in forgets the account's failures.
 */
@ApplicationScoped
public class SignInThrottle {

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecuritySettings.Throttle settings;
    private final Clock clock;

    SignInThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings.signInThrottle();
        this.clock = clock;
    }

    /**
     * Seconds until the account or the client may try again, if either has failed too often lately. A client is named by
     * {@link th.servicepoint.common.RateLimiter#pseudonym}, so no address is kept.
     */
    public OptionalLong lockedFor(String account, String client) {
        Instant now = clock.instant();
        OptionalLong accountLock = lockedFor(accountKey(account), settings.failuresPerAccount(), now);
        if (accountLock.isPresent() || client == null) {
            return accountLock;
        }
        return lockedFor(clientKey(client), settings.failuresPerClient(), now);
    }

    /**
     * Counts a failure; returns the accounts and clients this failure has just locked (for the audit trail), as
     * {@code account 'name'} or {@code client <key>}.
     */
    public List<String> failed(String account, String client) {
        Instant now = clock.instant();
        List<String> locked = new ArrayList<>();
        if (count(accountKey(account), now) == settings.failuresPerAccount()) {
            locked.add("account '" + account + "'");
        }
        if (client != null && count(clientKey(client), now) == settings.failuresPerClient()) {
            locked.add("client " + client);
        }
        return locked;
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    @Scheduled(every = "1m", identity = "sign-in-throttle-prune")
    void forgetThePast() {
        Instant quietSince = clock.instant().minus(settings.quietPeriod());
        failures.values().removeIf(entry -> !entry.last().isAfter(quietSince));
    }

    private OptionalLong lockedFor(String key, int limit, Instant now) {
        Failures known = failures.get(key);
        if (known == null || known.count() < limit) {
            return OptionalLong.empty();
        }
        Duration left = Duration.between(now, known.last().plus(settings.quietPeriod()));
        if (left.isNegative() || left.isZero()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (left.toMillis() + 999) / 1000));
    }

    private int count(String key, Instant now) {
        Instant quietSince = now.minus(settings.quietPeriod());
        return failures.compute(key, (id, known) -> known == null || !known.last().isAfter(quietSince)
                ? new Failures(1, now)
                : new Failures(known.count() + 1, now)).count();
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
