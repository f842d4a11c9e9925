package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * A screen whose socket takes nothing more (a frozen browser, a dead network) is closed with 4408 and sent nothing
 * further, while a screen that keeps taking messages is never closed, however many come. The socket is the
 * framework's interface, stood in for by a proxy whose writes complete at once or never: on loopback the kernel's
 * buffers absorb megabytes, so a real client that stops reading does not stall the server's writes reliably.
 */
class ScreenBackPressureTest {

    /** A socket as the framework gives it: what was sent, and how it was closed. */
    static final class Socket {
        final List<String> sent = new ArrayList<>();
        CloseReason closed;

        WebSocketConnection connection(boolean takesMessages) {
            return (WebSocketConnection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { WebSocketConnection.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "sendText" -> {
                            sent.add((String) args[0]);
                            yield takesMessages ? Uni.createFrom().voidItem() : Uni.createFrom().nothing();
                        }
                        case "close" -> {
                            closed = (CloseReason) args[0];
                            yield Uni.createFrom().voidItem();
                        }
                        case "id" -> "test-socket";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void aScreenOverItsSendBufferIsClosedAndSentNothingMore() {
        Socket socket = new Socket();
        Screen screen = new DisplayScreen(socket.connection(false), 1, 1, settings(100, Duration.ofHours(1)));
        screen.goLive(0);
        for (int seq = 1; seq <= 150; seq++) {
            screen.offer(event(seq));
        }
        assertEquals(4408, socket.closed.getCode());
        assertTrue(socket.closed.getMessage().contains("since=100"), socket.closed.getMessage());
        assertEquals(101, socket.sent.size(), "100 events, then the error message, then nothing");
        assertTrue(socket.sent.get(100).startsWith("{\"type\":\"error\",\"code\":\"BEHIND\""), socket.sent.get(100));
    }

    @Test
    void aScreenThatTakesNothingForTheStallTimeoutIsClosedAtTheNextEvent() throws InterruptedException {
        Socket socket = new Socket();
        Screen screen = new DisplayScreen(socket.connection(false), 1, 1, settings(1000, Duration.ofMillis(50)));
        screen.goLive(0);
        screen.offer(event(1));
        screen.offer(event(2));
        assertNull(socket.closed, "within the stall timeout");
        Thread.sleep(100); // longer than the stall timeout: the socket has taken nothing since event 1
        screen.offer(event(3));
        assertEquals(4408, socket.closed.getCode());
    }

    @Test
    void aScreenThatKeepsTakingMessagesIsNeverClosed() {
        Socket socket = new Socket();
        Screen screen = new DisplayScreen(socket.connection(true), 1, 1, settings(100, Duration.ofMillis(1)));
        screen.goLive(0);
        for (int seq = 1; seq <= 10_000; seq++) {
            screen.offer(event(seq));
        }
        assertNull(socket.closed);
        assertEquals(10_000, socket.sent.size());
    }

    @Test
    void aScreenThatWouldSkipAnEventIsClosedInsteadOfShowingAGap() {
        Socket socket = new Socket();
        Screen screen = new DisplayScreen(socket.connection(true), 1, 1, settings(100, Duration.ofHours(1)));
        screen.goLive(5);
        screen.offer(event(6));
        screen.offer(event(8));
        assertEquals(4408, socket.closed.getCode());
        assertTrue(socket.closed.getMessage().contains("since=6"), socket.closed.getMessage());
        assertEquals(2, socket.sent.size(), "event 6, then the error message");
    }

    private static LiveEvent event(long seq) {
        return new LiveEvent(seq, "{\"seq\":" + seq + ",\"type\":\"counter\"}");
    }

    private static LiveSettings settings(int sendBuffer, Duration stallTimeout) {
        return new LiveSettings() {
            @Override
            public int replayLimit() {
                return 1000;
            }

            @Override
            public Duration journalRetention() {
                return Duration.ofDays(2);
            }

            @Override
            public int sendBuffer() {
                return sendBuffer;
            }

            @Override
            public Duration stallTimeout() {
                return stallTimeout;
            }

            @Override
            public Duration listenerRetry() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
