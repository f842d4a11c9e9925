package th.servicepoint.complaint;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Random codes people read and type: characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in
 * groups joined by dashes; case, spaces and dashes do not matter when typed. 31 characters give about 4.95 bits each.
 */
final class CodeShape {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int length;
    private final int group;
    private final Pattern typed;

    CodeShape(int length, int group) {
        this.length = length;
        this.group = group;
        this.typed = Pattern.compile("[" + ALPHABET + "]{" + length + "}");
    }

    String generate() {
        StringBuilder raw = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            raw.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(raw.toString());
    }

    /** The stored form of a code as a person typed it; empty when it cannot be such a code at all. */
    Optional<String> normalize(String text) {
        String raw = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return typed.matcher(raw).matches() ? Optional.of(grouped(raw)) : Optional.empty();
    }

    private String grouped(String raw) {
        StringBuilder shown = new StringBuilder(raw.substring(0, group));
        for (int start = group; start < raw.length(); start += group) {
            shown.append('-').append(raw, start, Math.min(start + group, raw.length()));
        }
        return shown.toString();
    }
}
