package th.servicepoint.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/**
 * Who a staff session cookie (form sign-in) belongs to, as the account is now: the cookie names a user the password
 * was checked for, but a deactivation or role change must take effect on the next request, not when the cookie runs
 * out. security-jpa's own provider for these requests would accept an inactive account with its old roles.
 */
@ApplicationScoped
public class StaffSessions implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before the provider security-jpa generates (default priority 1001)
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> AgencyScopes.call(AgencyScope.INSTALLATION, () -> identityOf(username)));
    }

    private static SecurityIdentity identityOf(String username) {
        AppUser user = AppUser.signingIn(username).orElse(null);
        if (user == null || !user.maySignIn()) {
            throw new AuthenticationFailedException();
        }
        return user.identity();
    }
}
