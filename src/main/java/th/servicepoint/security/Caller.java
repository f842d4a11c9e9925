package th.servicepoint.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import th.servicepoint.audit.Acting;
import th.servicepoint.common.ProblemException;

/** Who is making the current request: a signed-in person or a device. */
@RequestScoped
public class Caller implements Acting {

    private final SecurityIdentity identity;
    private AppUser user;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public String name() {
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    @Override
    public Optional<Long> deviceId() {
        return Optional.ofNullable(identity.<Long> getAttribute(DeviceKeyIdentityProvider.DEVICE_ID));
    }

    @Override
    public Optional<Long> userId() {
        return user().map(signedIn -> signedIn.id);
    }

    /** The signed-in person, or empty for devices and anonymous callers. */
    public Optional<AppUser> user() {
        if (user == null && !identity.isAnonymous() && deviceId().isEmpty()) {
            user = AppUser.byUsername(identity.getPrincipal().getName()).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    /** A device bound to one service point may act only there. */
    public void requireAllowedAt(long servicePointId) {
        Long boundTo = identity.getAttribute(DeviceKeyIdentityProvider.SERVICE_POINT_ID);
        if (boundTo != null && boundTo != servicePointId) {
            throw ProblemException.forbidden("อุปกรณ์นี้ลงทะเบียนไว้กับจุดบริการอื่น",
                    "This device is registered to another service point");
        }
    }
}
