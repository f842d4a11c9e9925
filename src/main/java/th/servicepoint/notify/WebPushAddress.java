package th.servicepoint.notify;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.ProblemException;

/**
 * A checked push subscription, as a follower's address keeps it: the endpoint and the browser's keys, in a JSON of our
 * own shape (so the same subscription sent twice is the same address).
 *
 * @param p256dh the browser's public key, 65 bytes, a point on P-256
 * @param auth the browser's 16-byte authentication secret
 */
record WebPushAddress(String endpoint, byte[] p256dh, byte[] auth) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** The stored form, read back when sending. */
    private record Stored(String endpoint, Keys keys) {
        private record Keys(String p256dh, String auth) {
        }
    }

    /** The form checked strictly: 422 naming every field that cannot be used. */
    static WebPushAddress of(PushSubscriptionForm form, PushEndpoints endpoints) {
        List<FieldProblem> problems = new ArrayList<>();
        endpoints.refusal(form.endpoint()).ifPresent(problems::add);
        byte[] key = decode(form.keys().p256dh());
        if (key == null || key.length != 65 || key[0] != 4 || !onCurve(key)) {
            problems.add(new FieldProblem("keys.p256dh",
                    "keys.p256dh ต้องเป็นกุญแจสาธารณะ P-256 แบบไม่บีบอัด 65 ไบต์ เข้ารหัส base64url",
                    "keys.p256dh must be a P-256 public key, 65 bytes uncompressed, in base64url"));
        }
        byte[] secret = decode(form.keys().auth());
        if (secret == null || secret.length != 16) {
            problems.add(new FieldProblem("keys.auth", "keys.auth ต้องเป็นรหัสลับ 16 ไบต์ เข้ารหัส base64url",
                    "keys.auth must be a 16-byte secret in base64url"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new WebPushAddress(form.endpoint(), key, secret);
    }

    /**
     * The address a form would be stored as, to stop following it: its keys must be readable, its endpoint need not be
     * one the service would still send to (a stop is always welcome).
     */
    static String addressOf(PushSubscriptionForm form) {
        byte[] key = decode(form.keys().p256dh());
        byte[] secret = decode(form.keys().auth());
        if (key == null || secret == null) {
            throw ProblemException.invalid(List.of(new FieldProblem("keys", "keys ต้องเข้ารหัส base64url",
                    "keys must be in base64url")));
        }
        return new WebPushAddress(form.endpoint(), key, secret).json();
    }

    /** A stored address read back; empty when it is not one (a row from before, damaged). */
    static Optional<WebPushAddress> parse(String stored) {
        try {
            Stored s = JSON.readValue(stored, Stored.class);
            byte[] key = decode(s.keys().p256dh());
            byte[] secret = decode(s.keys().auth());
            if (s.endpoint() == null || key == null || key.length != 65 || secret == null || secret.length != 16) {
                return Optional.empty();
            }
            return Optional.of(new WebPushAddress(s.endpoint(), key, secret));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String json() {
        try {
            return JSON.writeValueAsString(
                    new Stored(endpoint, new Stored.Keys(BASE64URL.encodeToString(p256dh), BASE64URL.encodeToString(auth))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64url with or without padding; null for anything else (standard base64's + and / too). */
    private static byte[] decode(String text) {
        try {
            return text == null ? null : Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The encryption would fail late on a point off the curve (an invalid-curve key): refuse it now. */
    private static boolean onCurve(byte[] key) {
        try {
            ECPoint point = ECNamedCurveTable.getParameterSpec("prime256v1").getCurve().decodePoint(key);
            return point.isValid() && !point.isInfinity();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
