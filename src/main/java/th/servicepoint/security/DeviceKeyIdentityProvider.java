package th.servicepoint.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/** Turns an active device key into an identity with role KIOSK or DISPLAY. */
@ApplicationScoped
public class DeviceKeyIdentityProvider implements IdentityProvider<DeviceKeyAuthenticationRequest> {

    public static final String DEVICE_ID = "deviceId";
    public static final String SERVICE_POINT_ID = "servicePointId";
    /** The agency whose rows the identity's requests see: a device's, a staff member's ({@link AgencyOfCaller}). */
    public static final String AGENCY_ID = "agencyId";

    private final DeviceKeys devices;

    DeviceKeyIdentityProvider(DeviceKeys devices) {
        this.devices = devices;
    }

    @Override
    public Class<DeviceKeyAuthenticationRequest> getRequestType() {
        return DeviceKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(DeviceKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> AgencyScopes.call(AgencyScope.INSTALLATION, () -> identityOf(request.key())));
    }

    private SecurityIdentity identityOf(String key) {
        DeviceKeys.Device device = devices.find(key).orElseThrow(AuthenticationFailedException::new);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("device:" + device.name()))
                .addRole(device.kind())
                .addAttribute(DEVICE_ID, device.id())
                .addAttribute(AGENCY_ID, device.agencyId());
        if (device.servicePointId() != null) {
            identity.addAttribute(SERVICE_POINT_ID, device.servicePointId());
        }
        return identity.build();
    }
}
