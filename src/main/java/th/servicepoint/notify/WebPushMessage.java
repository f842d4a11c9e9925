package th.servicepoint.notify;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the ticket page's service worker (kiosk-web/ticket/push-worker.js) shows: the ticket number as the title, the
 * Thai text then the English, and the page a tap opens. {@code tag} is the ticket number, so a new notice replaces the
 * one before it on the phone instead of piling up.
 */
record WebPushMessage(String title, String body, String url, String tag) {

    /**
     * A push service takes at most 4,096 bytes, of which aes128gcm's header and tag take 103 (RFC 8291 section 4); a
     * larger message would be refused with 413 and never arrive. The notices are a few lines, so this bound is only
     * ever reached by a mistake, and then the body is shortened rather than the notice lost.
     */
    static final int MAX_BYTES = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    static WebPushMessage of(String ticketNumber, String textTh, String textEn, String url) {
        String body = textEn == null || textEn.isBlank() ? textTh : textTh + "\n" + textEn;
        return new WebPushMessage(ticketNumber, body, url, ticketNumber);
    }

    byte[] bytes() {
        byte[] bytes = encode(this);
        String shorter = body;
        while (bytes.length > MAX_BYTES && !shorter.isEmpty()) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(0, shorter.codePointCount(0, shorter.length()) * 3 / 4));
            bytes = encode(new WebPushMessage(title, shorter + "…", url, tag));
        }
        return bytes;
    }

    private static byte[] encode(WebPushMessage message) {
        try {
            return JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
