package th.servicepoint.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/**
 * A real WebSocket client (the JDK's) standing in for a screen: it keeps every message it receives, in order, and
 * how the server closed the socket.
 */
public final class ScreenClient implements WebSocket.Listener, AutoCloseable {

    /** How the server closed the socket. */
    public record Closed(int code, String reason) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingDeque<String> messages = new LinkedBlockingDeque<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final CountDownLatch pinged = new CountDownLatch(1);
    private WebSocket socket;

    private ScreenClient() {
    }

    /** Opens {@code path} (with its query) on the server at {@code port} of this machine. */
    public static ScreenClient open(int port, String path) {
        ScreenClient client = new ScreenClient();
        client.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path), client).join();
        return client;
    }

    /** The next message, waiting up to five seconds for it. */
    public JsonPath next() {
        return new JsonPath(nextText());
    }

    /** The next message as sent, for tests that read thousands of them. */
    public String nextText() {
        String message = poll(Duration.ofSeconds(5));
        assertNotNull(message, "the screen received no message within 5 s");
        return message;
    }

    /** Fails if a message arrives within {@code quiet}. */
    public void expectNothing(Duration quiet) {
        assertNull(poll(quiet), "the screen received a message it should not have");
    }

    public Closed awaitClose() {
        try {
            return closed.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the socket within 5 s", e);
        }
    }

    /** Whether the server pinged this socket within {@code timeout}. */
    public boolean pingedWithin(Duration timeout) throws InterruptedException {
        return pinged.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        pinged.countDown();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    private String poll(Duration timeout) {
        try {
            return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
