package th.servicepoint.appointment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import th.servicepoint.common.ProblemException;

/**
 * The optional contact of a booking: a Thai mobile number (kept as 0XXXXXXXXX) or an e-mail address, and its keyed
 * hash (HMAC-SHA256 under the database's {@code booking_key}), which the caps and the no-show record count by after the
 * retention purge has cleared the contact itself.
 */
@ApplicationScoped
class BookingContact {

    private static final Pattern MOBILE = Pattern.compile("0[689]\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final EntityManager entityManager;
    private volatile SecretKeySpec key;

    BookingContact(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The contact as kept, or 422 naming what is wrong; null for none given. */
    static String normalize(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String trimmed = given.strip();
        String digits = trimmed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+66")) {
            digits = "0" + digits.substring(3);
        }
        if (MOBILE.matcher(digits).matches()) {
            return digits;
        }
        if (trimmed.length() <= 120 && EMAIL.matcher(trimmed).matches()) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        throw ProblemException.invalid("contact",
                "กรุณาใส่หมายเลขโทรศัพท์มือถือ 10 หลัก (เช่น 0812345678) หรืออีเมล หรือเว้นว่างไว้",
                "Give a 10-digit Thai mobile number (such as 0812345678) or an e-mail address, or leave it empty");
    }

    String hash(String contact) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(contact.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            String secret = (String) entityManager.createNativeQuery("select secret from booking_key")
                    .getSingleResult();
            key = new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
        }
        return key;
    }
}
