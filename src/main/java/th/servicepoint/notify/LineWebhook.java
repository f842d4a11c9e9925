package th.servicepoint.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.servicepoint.common.ProblemException;

/**
 * LINE's webhook (https://developers.line.biz/en/reference/messaging-api/#webhooks): set
 * {@code {public-base-url}/api/v1/line/webhook} as the channel's webhook URL. A request counts only when its
 * {@code X-Line-Signature} is the HMAC-SHA256 of the raw body with the channel secret; anything else is refused
 * before the body is read as JSON, and changes nothing.
 */
@Path("/api/v1/line/webhook")
@PermitAll
public class LineWebhook {

    private static final Logger LOG = Logger.getLogger(LineWebhook.class);

    private final LineSettings settings;
    private final LineChannel line;
    private final LineConversation conversation;
    private final ObjectMapper json;

    LineWebhook(LineSettings settings, LineChannel line, LineConversation conversation, ObjectMapper json) {
        this.settings = settings;
        this.line = line;
        this.conversation = conversation;
        this.json = json;
    }

    /** What LINE posts: the bot's user id and a list of events. */
    @Schema(name = "LineWebhookBody")
    public record Body(String destination, java.util.List<Object> events) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events from the agency's LINE Official Account: follows a ticket by its one-time code, answers quick replies")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Body.class)))
    @APIResponse(responseCode = "204", description = "The events were taken (each is answered in the chat)")
    @APIResponse(responseCode = "401", description = "BAD_SIGNATURE: X-Line-Signature is missing or is not the body's signature with the channel secret")
    @APIResponse(responseCode = "404", description = "LINE_NOT_SET_UP: this installation has no LINE account set up")
    public void receive(@HeaderParam("X-Line-Signature") String signature, byte[] body) {
        if (!line.configured()) {
            throw new ProblemException(404, "LINE_NOT_SET_UP", "ระบบนี้ยังไม่ได้ตั้งค่าบัญชี LINE",
                    "This installation has no LINE account set up");
        }
        if (signature == null || !MessageDigest.isEqual(sign(body), signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new ProblemException(401, "BAD_SIGNATURE", "ลายมือชื่อ X-Line-Signature ไม่ถูกต้อง",
                    "X-Line-Signature is missing or does not match the body");
        }
        for (JsonNode event : events(body)) {
            try {
                conversation.handle(event);
            } catch (RuntimeException e) {
                // LINE sends an event again only on an error answer; one bad event must not replay the others
                LOG.warnf(e, "A LINE %s event could not be handled", event.path("type").asText());
            }
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.channelSecret().orElseThrow().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getEncoder().encode(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private JsonNode events(byte[] body) {
        try {
            return json.readTree(body).path("events");
        } catch (IOException e) {
            throw ProblemException.invalid("events", "เนื้อหาไม่ใช่ JSON ที่ถูกต้อง", "The body is not valid JSON");
        }
    }
}
