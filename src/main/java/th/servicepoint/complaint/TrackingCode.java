package th.servicepoint.complaint;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a complainant keeps to follow a complaint: 12 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), shown as XXXX-XXXX-XXXX. 31^12 is about 2^59, far too many to enumerate through a rate-limited endpoint.
 */
public final class TrackingCode {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final Pattern TYPED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String generate() {
        StringBuilder raw = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            raw.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(raw.toString());
    }

    /**
     * The stored form of a code as a person typed it: case, spaces and dashes do not matter. Empty when it cannot be
     * a code at all, so such input never reaches the database.
     */
    public static Optional<String> normalize(String typed) {
        String raw = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return TYPED.matcher(raw).matches() ? Optional.of(grouped(raw)) : Optional.empty();
    }

    private static String grouped(String raw) {
        return raw.substring(0, GROUP) + "-" + raw.substring(GROUP, 2 * GROUP) + "-" + raw.substring(2 * GROUP);
    }
}
