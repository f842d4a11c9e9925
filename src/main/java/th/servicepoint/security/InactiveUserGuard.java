package th.servicepoint.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** A deactivated account keeps its history (audit rows point at it) but can no longer sign in. */
@ApplicationScoped
public class InactiveUserGuard implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(DeviceKeyIdentityProvider.DEVICE_ID) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            boolean active = QuarkusTransaction.requiringNew().call(() -> AppUser
                    .byUsername(identity.getPrincipal().getName()).map(user -> user.active).orElse(false));
            if (!active) {
                throw new AuthenticationFailedException();
            }
            return identity;
        });
    }
}
