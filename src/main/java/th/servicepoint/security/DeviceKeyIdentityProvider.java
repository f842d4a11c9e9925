package th.servicepoint.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns an active device key into an identity with role KIOSK or DISPLAY. */
@ApplicationScoped
public class DeviceKeyIdentityProvider implements IdentityProvider<DeviceKeyAuthenticationRequest> {

    public static final String DEVICE_ID = "deviceId";
    public static final String SERVICE_POINT_ID = "servicePointId";

    @Override
    public Class<DeviceKeyAuthenticationRequest> getRequestType() {
        return DeviceKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(DeviceKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> identityOf(request.key())));
    }

    private static SecurityIdentity identityOf(String key) {
        DeviceKey device = DeviceKey.activeByKey(key).orElseThrow(AuthenticationFailedException::new);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("device:" + device.name))
                .addRole(device.kind.name())
                .addAttribute(DEVICE_ID, device.id);
        if (device.servicePoint != null) {
            identity.addAttribute(SERVICE_POINT_ID, device.servicePoint.id);
        }
        return identity.build();
    }
}
