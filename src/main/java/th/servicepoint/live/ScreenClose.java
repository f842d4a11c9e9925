package th.servicepoint.live;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Why the server closes a screen's socket: a close code in the application range (4000–4999, HTTP-like numbers) with
 * a short English reason, after an {@code error} message that says the same in Thai and English.
 */
enum ScreenClose {
    BAD_REQUEST(4400, "ที่อยู่ของจอภาพไม่ถูกต้อง", "The screen address is malformed"),
    KEY_REQUIRED(4401, "ต้องใช้รหัสอุปกรณ์ (key) ที่ยังใช้งานได้", "An active device key is required"),
    NOT_ALLOWED(4403, "รหัสอุปกรณ์นี้ใช้กับจอภาพนี้ไม่ได้", "This device key may not open this screen"),
    NOT_FOUND(4404, "ไม่พบสิ่งที่จอภาพนี้ติดตาม", "What this screen follows was not found"),
    BEHIND(4408, "จอภาพรับข้อมูลไม่ทัน กำลังเชื่อมต่อใหม่", "The screen fell behind and must reconnect");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** RFC 6455 allows 123 bytes of reason in a close frame. */
    private static final int MAX_REASON_BYTES = 123;

    private final int code;
    private final String detailTh;
    private final String detail;

    ScreenClose(int code, String detailTh, String detail) {
        this.code = code;
        this.detailTh = detailTh;
        this.detail = detail;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String type, String code, Integer close, String detail, String detailTh) {
    }

    /**
     * Sends the error message and closes at once, without waiting for the message to be written: a screen that fell
     * behind may never take it. The close frame follows the message on the wire.
     */
    static void send(WebSocketConnection connection, ScreenClose why, String what) {
        connection.sendText(message(why, what)).subscribe().with(done -> {
        }, failure -> {
        });
        connection.close(new CloseReason(why.code, reason(why.detail + ": " + what))).subscribe().with(done -> {
        }, failure -> {
        });
    }

    private static String message(ScreenClose why, String what) {
        return json(new Error("error", why.name(), why.code, why.detail + ": " + what, why.detailTh + ": " + what));
    }

    /** The answer to a client message the server does not understand; the socket stays open. */
    static String badMessage(String what) {
        return json(new Error("error", "BAD_MESSAGE", null, "Screens send only {\"type\":\"ping\"}: " + what,
                "จอภาพส่งได้เฉพาะ {\"type\":\"ping\"}: " + what));
    }

    private static String json(Error error) {
        try {
            return JSON.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_REASON_BYTES ? text
                : new String(bytes, 0, MAX_REASON_BYTES, StandardCharsets.UTF_8).replace("\uFFFD", "");
    }
}
