package th.servicepoint.audit;

import java.util.Optional;

/**
 * Who is making the current request, as the audit trail names them. The trail sits below security, so security's
 * {@code Caller} implements this instead of the trail asking security.
 */
public interface Acting {

    /** The name of a caller who has not signed in. */
    String ANONYMOUS = "public";

    /** The name written into the audit trail. */
    String name();

    /** The signed-in person's account, or empty for devices and anonymous callers. */
    Optional<Long> userId();

    /** The device's key, or empty for people and anonymous callers. */
    Optional<Long> deviceId();
}
