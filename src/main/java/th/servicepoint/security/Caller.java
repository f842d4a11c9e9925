package th.servicepoint.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import th.servicepoint.common.ProblemException;
import th.servicepoint.site.ServicePoint;

/** Who is making the current request: a signed-in person or a device. */
@RequestScoped
public class Caller {

    /** The name of a caller who has not signed in. */
    public static final String ANONYMOUS = "public";

    private final SecurityIdentity identity;
    private AppUser user;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The name written into the audit trail. */
    public String name() {
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public Optional<Long> deviceId() {
        return Optional.ofNullable(identity.<Long> getAttribute(DeviceKeyIdentityProvider.DEVICE_ID));
    }

    /** The signed-in person, or empty for devices and anonymous callers. */
    public Optional<AppUser> user() {
        if (user == null && !identity.isAnonymous() && deviceId().isEmpty()) {
            user = AppUser.byUsername(identity.getPrincipal().getName()).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    /** A device bound to one service point may act only there. */
    public void requireAllowedAt(ServicePoint servicePoint) {
        requireAllowedAt(servicePoint.id);
    }

    public void requireAllowedAt(long servicePointId) {
        Long boundTo = identity.getAttribute(DeviceKeyIdentityProvider.SERVICE_POINT_ID);
        if (boundTo != null && boundTo != servicePointId) {
            throw ProblemException.forbidden("อุปกรณ์นี้ลงทะเบียนไว้กับจุดบริการอื่น",
                    "This device is registered to another service point");
        }
    }
}
