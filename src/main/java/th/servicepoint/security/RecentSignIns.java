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

/**
 * Checks HTTP Basic passwords against the bcrypt hashes of {@link AppUser}, and remembers a verified username and
 * password for {@code servicepoint.security.sign-in-memory}. HTTP Basic sends the password with every request, and a
 * bcrypt check costs tens of milliseconds of CPU: without this a busy clerk console would spend most of the server on
 * hashing. Only a SHA-256 of the credentials is kept; deactivation still takes effect at once
 * ({@link InactiveUserGuard}), a password or role change within the memory time.
 */
@ApplicationScoped
public class RecentSignIns implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Remembered(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
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
        String key = DeviceKey.hash(username + '\u0000' + password);
        Remembered known = remembered.get(key);
        Instant now = clock.instant();
        if (known != null && known.until().isAfter(now)) {
            return Uni.createFrom().item(known.identity());
        }
        return context.runBlocking(() -> {
            SecurityIdentity identity = verify(username, password);
            if (remembered.size() > settings.signInMemorySize()) {
                remembered.values().removeIf(entry -> !entry.until().isAfter(now));
            }
            remembered.put(key, new Remembered(identity, now.plus(settings.signInMemory())));
            return identity;
        });
    }

    private static SecurityIdentity verify(String username, String password) {
        AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.byUsername(username).orElse(null));
        if (user == null || !user.active || !BcryptUtil.matches(password, user.passwordHash)) {
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username));
        user.roleSet().forEach(identity::addRole);
        return identity.build();
    }
}
