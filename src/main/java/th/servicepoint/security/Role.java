package th.servicepoint.security;

import java.util.Set;

/** Role names for {@code @RolesAllowed}: people sign in with a password, devices send a device key. */
public final class Role {

    public static final String ADMIN = "ADMIN";
    public static final String CLERK = "CLERK";
    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String COMPLAINT_OFFICER = "COMPLAINT_OFFICER";
    public static final String KIOSK = "KIOSK";
    public static final String DISPLAY = "DISPLAY";

    public static final Set<String> PEOPLE = Set.of(ADMIN, CLERK, EXECUTIVE, COMPLAINT_OFFICER);

    private Role() {
    }
}
