package th.servicepoint.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What is kept of a number once it is cleared: its HMAC-SHA256 under {@link SmsSettings#hashSecret()}, in hex. Thai
 * mobile numbers are only some 300 million, so a plain SHA-256 of one is undone by trying them all in seconds, and a
 * database copy would give every number back; with a key that lives in the configuration and never in the database
 * the hash says nothing to whoever holds only the data. HMAC rather than SHA-256 over a pepper and the number: the
 * same cost, and the construction made for a keyed hash. The hash lets the limits hold after the number is gone
 * (tickets per number per day) and is cleared by the retention purge with the ticket's link.
 */
@ApplicationScoped
public class PhoneHashes {

    private final Optional<SecretKeySpec> key;

    PhoneHashes(SmsSettings settings) {
        this.key = settings.hashSecret().filter(secret -> !secret.isBlank())
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    /** Whether a key is set; without one, SMS is not offered. */
    boolean ready() {
        return key.isPresent();
    }

    /** 64 hex digits. */
    public String of(ThaiMobile number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.orElseThrow(() -> new IllegalStateException("servicepoint.notify.sms.hash-secret is unset")));
            return HexFormat.of().formatHex(mac.doFinal(number.e164().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
