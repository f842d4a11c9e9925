package th.servicepoint.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * LINE's Messaging API as the companion uses it, on a free local port: push (which honours X-Line-Retry-Key as LINE
 * does, answering 409 to a key it has accepted) and reply, both checking the channel access token; it records what it
 * receives. And the webhook's other side: events signed with the channel secret, as LINE signs them.
 */
public class LineStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "test-channel-access-token";
    public static final String SECRET = "test-channel-secret";
    public static final String BASIC_ID = "@sp-test";

    /** A call LINE received. */
    public record Received(String path, String retryKey, JsonNode body, Instant at) {

        public String to() {
            return body.path("to").asText();
        }

        /** The first message's text (a text message) or alt text (a card). */
        public String text() {
            JsonNode message = body.path("messages").path(0);
            return message.has("text") ? message.path("text").asText() : message.path("altText").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Set<String> ACCEPTED_KEYS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger FAIL_NEXT = new AtomicInteger();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v2/bot/message/push", exchange -> answer(exchange, true));
        server.createContext("/v2/bot/message/reply", exchange -> answer(exchange, false));
        server.start();
        return Map.of("servicepoint.notify.line.channel-access-token", TOKEN,
                "servicepoint.notify.line.channel-secret", SECRET, "servicepoint.notify.line.basic-id", BASIC_ID,
                "servicepoint.notify.line.api-base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Pushes and replies received so far. */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    /** The next {@code pushes} pushes get 500, as LINE sometimes answers. */
    public static void failNextPushes(int pushes) {
        FAIL_NEXT.set(pushes);
    }

    /** Waits up to 10 s for a call LINE received that matches; fails the test otherwise. */
    public static Received await(String what, Predicate<Received> matching) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Received received : RECEIVED) {
                if (matching.test(received)) {
                    return received;
                }
            }
            pause();
        }
        throw new AssertionError("LINE received no " + what + " in 10 s; it received " + RECEIVED);
    }

    public static Predicate<Received> pushTo(String user, String textContains) {
        return r -> r.path().endsWith("/push") && r.to().equals(user) && r.text().contains(textContains);
    }

    public static Predicate<Received> replyTo(String replyToken) {
        return r -> r.path().endsWith("/reply") && r.body().path("replyToken").asText().equals(replyToken);
    }

    /** Pushes to a user so far. */
    public static List<Received> pushesTo(String user) {
        return RECEIVED.stream().filter(r -> r.path().endsWith("/push") && r.to().equals(user)).toList();
    }

    /** Posts webhook events as LINE does, signed with the channel secret. */
    public static ValidatableResponse webhook(List<Map<String, Object>> events) {
        String body = json(Map.of("destination", "Ubot", "events", events));
        return given().contentType(ContentType.JSON).header("X-Line-Signature", signature(body)).body(body)
                .post("/api/v1/line/webhook").then();
    }

    /** A user's text message event. */
    public static Map<String, Object> message(String user, String replyToken, String text) {
        return event("message", user, replyToken, Map.of("message", Map.of("type", "text", "id", "1", "text", text)));
    }

    /** A user's answer to a quick reply. */
    public static Map<String, Object> postback(String user, String replyToken, String data) {
        return event("postback", user, replyToken, Map.of("postback", Map.of("data", data)));
    }

    public static Map<String, Object> unfollow(String user) {
        return Map.of("type", "unfollow", "mode", "active", "timestamp", System.currentTimeMillis(), "source",
                Map.of("type", "user", "userId", user), "webhookEventId", "E" + System.nanoTime(),
                "deliveryContext", Map.of("isRedelivery", false));
    }

    /** The postback data of the first quick reply of a push whose label contains the text. */
    public static String quickReply(Received push, String labelContains) {
        for (JsonNode item : push.body().path("messages").path(0).path("quickReply").path("items")) {
            if (item.path("action").path("label").asText().contains(labelContains)) {
                return item.path("action").path("data").asText();
            }
        }
        throw new AssertionError("No quick reply '" + labelContains + "' in " + push.body());
    }

    public static String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> event(String type, String user, String replyToken, Map<String, Object> more) {
        Map<String, Object> event = new java.util.HashMap<>(Map.of("type", type, "mode", "active", "timestamp",
                System.currentTimeMillis(), "source", Map.of("type", "user", "userId", user), "replyToken",
                replyToken, "webhookEventId", "E" + System.nanoTime(), "deliveryContext",
                Map.of("isRedelivery", false)));
        event.putAll(more);
        return event;
    }

    private static void answer(HttpExchange exchange, boolean push) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = JSON.readTree(in);
            String key = exchange.getRequestHeaders().getFirst("X-Line-Retry-Key");
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"message\":\"Authentication failed\"}");
            } else if (push && FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, 500, "{\"message\":\"Internal error\"}");
            } else if (push && key != null && !ACCEPTED_KEYS.add(key)) {
                respond(exchange, 409, "{\"message\":\"The retry key is already accepted\"}");
            } else {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(), key, body, Instant.now()));
                respond(exchange, 200, push ? "{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}" : "{}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
