package th.servicepoint.appointment;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The codes of appointments: 12 characters of Crockford's base 32 (60 random bits), shown in groups of four
 * (K7M2-9QXA-3FTB), so one can be read aloud or typed at a kiosk. Typing is forgiving: case, spaces and dashes do not
 * matter, and O, I and L read as 0, 1 and 1. The QR of a booking holds its page's address, which ends in the code.
 */
final class BookingCodes {

    static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingCodes() {
    }

    static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as stored, or null when what was typed cannot be one. A scanner types what the QR holds, the booking's
     * address ending in {@code #code}, so only what follows the last {@code /}, {@code #} or {@code =} counts.
     */
    static String normalize(String typed) {
        if (typed == null || typed.length() > 300) {
            return null;
        }
        String tail = typed.strip().substring(Math.max(Math.max(typed.strip().lastIndexOf('/'),
                typed.strip().lastIndexOf('#')), typed.strip().lastIndexOf('=')) + 1);
        String code = tail.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }

    /** K7M2-9QXA-3FTB */
    static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
