package th.servicepoint.complaint;

import java.util.Optional;

/**
 * The code a complainant keeps to follow a complaint: 12 characters shown as XXXX-XXXX-XXXX (see {@link CodeShape}).
 * 31^12 is about 2^59, far too many to enumerate through a rate-limited endpoint.
 */
public final class TrackingCode {

    private static final CodeShape SHAPE = new CodeShape(12, 4);

    private TrackingCode() {
    }

    public static String generate() {
        return SHAPE.generate();
    }

    /**
     * The stored form of a code as a person typed it: case, spaces and dashes do not matter. Empty when it cannot be
     * a code at all, so such input never reaches the database.
     */
    public static Optional<String> normalize(String typed) {
        return SHAPE.normalize(typed);
    }
}
