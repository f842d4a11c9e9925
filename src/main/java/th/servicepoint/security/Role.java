package th.servicepoint.security;

import java.util.Set;

/** Role names for {@code @RolesAllowed}: people sign in with a password, devices send a device key. */
public final class Role {

    public static final String ADMIN = "ADMIN";
    public static final String CLERK = "CLERK";
    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String COMPLAINT_OFFICER = "COMPLAINT_OFFICER";
    /** Runs the installation: creates and manages agencies, reads every agency's roll-ups, never a complaint. */
    public static final String PLATFORM = "PLATFORM";
    /** Reads the roll-ups of the agencies of one province side by side, changes nothing. */
    public static final String PROVINCIAL = "PROVINCIAL";
    public static final String KIOSK = "KIOSK";
    public static final String DISPLAY = "DISPLAY";

    public static final Set<String> PEOPLE = Set.of(ADMIN, CLERK, EXECUTIVE, COMPLAINT_OFFICER);
    /** The roles of accounts that belong to no agency. */
    public static final Set<String> ABOVE_AGENCIES = Set.of(PLATFORM, PROVINCIAL);

    private Role() {
    }
}
