package th.servicepoint.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import th.servicepoint.common.Tokens;

/**
 * Signs people in with HTTP Basic against {@link AppUser}: active account, bcrypt password, roles as they are now.
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
    private final Clock clock;

    RecentSignIns(SecuritySettings settings, Clock clock) {
        this.settings = settings;
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
        return context.runBlocking(() -> signIn(username, password));
    }

    private SecurityIdentity signIn(String username, String password) {
        AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.byUsername(username).orElse(null));
        if (user == null || !user.active || !passwordMatches(username, password, user.passwordHash)) {
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username));
        user.roleSet().forEach(identity::addRole);
        return identity.build();
    }

    private boolean passwordMatches(String username, String password, String passwordHash) {
        String key = Tokens.sha256(username + '\u0000' + password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && known.until().isAfter(now) && known.passwordHash().equals(passwordHash)) {
            return true;
        }
        if (!BcryptUtil.matches(password, passwordHash)) {
            return false;
        }
        if (verified.size() >= settings.signInMemorySize()) {
            verified.values().removeIf(entry -> !entry.until().isAfter(now));
        }
        verified.put(key, new Verified(passwordHash, now.plus(settings.signInMemory())));
        return true;
    }
}
