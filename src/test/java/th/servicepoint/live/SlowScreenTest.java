package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.live.LiveQueueTest.screen;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import th.servicepoint.queue.QueueEvent;
import th.servicepoint.queue.QueueEventType;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/**
 * A screen that stops reading (a frozen browser, a dead network) is closed once its send buffer is full, while the
 * other screens get every event at full speed.
 */
@QuarkusTest
class SlowScreenTest {

    /** Enough events to fill the kernel's socket buffers (several MB on loopback) of the stalled screen. */
    private static final int EVENTS = 3000;
    private static final String PADDING = "x".repeat(2000);

    @Inject
    Fixtures fixtures;
    @Inject
    Event<QueueEvent> events;

    @Test
    void aStalledScreenIsClosedAndTheOthersGetEverything() throws Exception {
        Site site = fixtures.site().service("A").create();
        String path = "/ws/v1/service-points/" + site.code() + "/display?key=" + site.displayKey();
        try (ScreenClient healthy = screen(path); Socket stalled = stalledScreen(path)) {
            long seq = healthy.next().getLong("seq");
            publish(site, EVENTS);
            Thread.sleep(1500); // longer than the stall timeout of the test profile
            publish(site, 1);
            for (int i = 1; i <= EVENTS + 1; i++) {
                String event = healthy.nextText();
                assertTrue(event.startsWith("{\"seq\":" + (seq + i) + ",\"type\":\"counter\""), event);
            }

            List<String> frames = readUntilClosed(stalled);
            assertTrue(frames.get(frames.size() - 1).startsWith("close 4408"), frames.get(frames.size() - 1));
            assertTrue(frames.get(frames.size() - 2).startsWith("{\"type\":\"error\""), frames.get(frames.size() - 2));
            long events = frames.stream().filter(frame -> frame.startsWith("{\"seq\"")).count();
            assertTrue(events <= EVENTS, events + " events reached the stalled screen: it was not cut off");
        }
    }

    private void publish(Site site, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                events.fire(new QueueEvent(site.id(), QueueEventType.COUNTER, Instant.now(), null, null, List.of(),
                        PADDING));
            }
        });
    }

    /** A WebSocket client that does the handshake and then reads nothing, with a tiny receive buffer. */
    private static Socket stalledScreen(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The frames the server sent after the handshake: the start of each message, then "close CODE reason". */
    private static List<String> readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        DataInputStream in = new DataInputStream(socket.getInputStream());
        skipHandshakeResponse(in);
        List<String> frames = new ArrayList<>();
        try {
            while (true) {
                int opcode = in.readUnsignedByte() & 0x0F;
                long length = in.readUnsignedByte() & 0x7F;
                length = length == 126 ? in.readUnsignedShort() : length == 127 ? in.readLong() : length;
                byte[] payload = in.readNBytes((int) length);
                if (opcode == 0x8) {
                    int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                    frames.add("close " + code + " " + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
                    return frames;
                }
                if (opcode == 0x1) {
                    frames.add(new String(payload, 0, Math.min(payload.length, 40), StandardCharsets.UTF_8));
                }
            }
        } catch (EOFException | SocketTimeoutException e) {
            frames.add(e.getClass().getSimpleName() + " after " + frames.size() + " frames");
            return frames;
        }
    }

    private static void skipHandshakeResponse(DataInputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            matched = in.readUnsignedByte() == end[matched] ? matched + 1 : 0;
        }
    }
}
