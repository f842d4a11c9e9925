package th.servicepoint.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.RateLimiter;
import th.servicepoint.common.Tokens;
import th.servicepoint.common.TooManyRequests;

/**
 * Signs people in with a username and password (HTTP Basic, and every other mechanism that asks for one) against
 * {@link AppUser}: active account, bcrypt password, roles as they are now.
 * <p>
 * Guessing is slowed down here, where every sign-in passes: an account or client with too many recent failures is
 * refused with 429 before any password check ({@link SignInThrottle}), and each lock is audited. An unknown or
 * inactive account costs the same bcrypt check as a wrong password, so the time of a refusal does not tell which
 * accounts exist.
 * <p>
 * HTTP Basic sends the password with every request and a bcrypt check costs tens of milliseconds of CPU, so a password
 * once verified against a stored hash is remembered (as a SHA-256 of username and password, for
 * {@code servicepoint.security.sign-in-memory}) together with that hash: while the stored hash is unchanged the same
 * password is still right, and a password change, deactivation or role change takes effect on the next request, on
 * every instance.
 */
@ApplicationScoped
public class RecentSignIns implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Verified(String passwordHash, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final SignInThrottle throttle;
    private final PasswordChecks passwords;
    private final RateLimiter clients;
    private final AuditTrail audit;
    private final Clock clock;

    RecentSignIns(SecuritySettings settings, SignInThrottle throttle, PasswordChecks passwords, RateLimiter clients,
            AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.throttle = throttle;
        this.passwords = passwords;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before the provider security-jpa generates (default priority 1001), which would hash every time
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        if (username.indexOf('\u0000') >= 0) {
            // no account has one, and PostgreSQL would refuse the query for it (a 400 instead of this 401)
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String client = client(request);
        return context.runBlocking(() -> AgencyScopes.call(AgencyScope.INSTALLATION, () -> signIn(username, password, client)));
    }

    /** The client's pseudonym, from its address as Quarkus's trusted-proxy settings give it; null outside HTTP. */
    private String client(UsernamePasswordAuthenticationRequest request) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null || http.request().remoteAddress() == null) {
            return null;
        }
        return clients.pseudonym(http.request().remoteAddress().hostAddress());
    }

    private SecurityIdentity signIn(String username, String password, String client) {
        throttle.lockedFor(username, client).ifPresent(seconds -> {
            throw new TooManyRequests(seconds, "SIGN_IN_LOCKED",
                    "ใส่รหัสผ่านผิดหลายครั้งเกินไป กรุณารอ " + seconds + " วินาทีแล้วลองใหม่ หรือติดต่อผู้ดูแลระบบ",
                    "Too many wrong passwords; wait " + seconds + " seconds and try again, or ask an administrator");
        });
        AppUser user = AppUser.signingIn(username).orElse(null);
        boolean matches = passwordMatches(username, password, user);
        if (user == null || !user.maySignIn() || !matches) {
            refused(username, client);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username);
        return user.identity();
    }

    private void refused(String username, String client) {
        List<String> locked = throttle.failed(username, client);
        if (!locked.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> locked.forEach(who -> audit.refused("SIGN_IN_LOCKED",
                    who + " refused for " + settings.signInThrottle().quietPeriod() + " after too many failed sign-ins")));
        }
    }

    /** Always one bcrypt check (or a remembered one), whether the account exists or not. */
    private boolean passwordMatches(String username, String password, AppUser user) {
        if (user == null) {
            return passwords.matchesNone(password);
        }
        String key = Tokens.sha256(username + '\u0000' + password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && known.until().isAfter(now) && known.passwordHash().equals(user.passwordHash)) {
            return true;
        }
        if (!passwords.matches(password, user.passwordHash)) {
            return false;
        }
        if (verified.size() >= settings.signInMemorySize()) {
            verified.values().removeIf(entry -> !entry.until().isAfter(now));
        }
        verified.put(key, new Verified(user.passwordHash, now.plus(settings.signInMemory())));
        return true;
    }
}
