package th.servicepoint.common;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.RawHttp;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/**
 * Clients that send a POST's headers and never its body (raw sockets, each from its own 127.0.0.x address) do not
 * stop anyone else: while 500 of them wait, another client's GET, POST, readiness check and new screen connection
 * are answered within a second; each client's extra requests are refused with 429; the waiting ones get 408 and are
 * closed once the body timeout has passed. Prints what it measured (bench/RESULTS.md, "Stalled bodies").
 */
@QuarkusTest
class StalledBodiesTest {

    private static final int STALLED = 500;
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final int TRIES = 3;

    @Inject
    Fixtures fixtures;
    @Inject
    IntakeSettings settings;
    /** On the management interface, a port of its own. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL health;

    Site attacked;
    Site other;

    @BeforeEach
    void sites() {
        attacked = fixtures.site().service("A").create();
        other = fixtures.site().service("A").create();
        // the same requests once before, so that what is timed is the attack and not the first call's warm-up
        othersAreAnswered("before", 1, Duration.ofSeconds(60));
    }

    @Test
    void fiveHundredStalledBodiesFromOneAddressWithOneKioskKey() throws IOException {
        List<StalledPost> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            stalled.add(i % 2 == 0 ? StalledPost.open("127.0.0.2", "/api/v1/complaints", null)
                    : StalledPost.open("127.0.0.2", "/api/v1/service-points/" + attacked.code() + "/tickets",
                            attacked.kioskKey()));
        }
        othersAreAnswered("one address", stalled);
        Map<Integer, Integer> answers = closedAfterTheBodyTimeout(stalled, "one address");
        assertEquals(settings.maxConcurrentPerAddress(), answers.get(408),
                "the address may hold its share and no more: " + answers);
        assertEquals(STALLED - settings.maxConcurrentPerAddress(), answers.get(429), answers.toString());
        theAddressIsServedAgain("127.0.0.2");
    }

    @Test
    void fiveHundredStalledBodiesFromTenAddresses() throws IOException {
        List<StalledPost> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            String address = "127.0.0." + (2 + i % 10);
            stalled.add(i % 2 == 0 ? StalledPost.open(address, "/api/v1/complaints", null)
                    : StalledPost.open(address, "/api/v1/surveys/no-such-token/responses", null));
        }
        othersAreAnswered("ten addresses", stalled);
        Map<Integer, Integer> answers = closedAfterTheBodyTimeout(stalled, "ten addresses");
        assertEquals(Map.of(408, STALLED), answers, "every stalled body waited within its address's share");
        theAddressIsServedAgain("127.0.0.11");
    }

    @Test
    void aDeviceKeyHasItsOwnShareWhateverAddressItComesFrom() throws IOException {
        int share = settings.maxConcurrentPerDevice();
        List<StalledPost> stalled = new ArrayList<>();
        for (int i = 0; i < share; i++) {
            stalled.add(StalledPost.open("127.0.0." + (2 + i % 10),
                    "/api/v1/service-points/" + attacked.code() + "/tickets", attacked.kioskKey()));
        }
        // the server counts each stalled request once it has read its headers
        await().atMost(settings.bodyTimeout()).untilAsserted(() -> Api.problem(Api.kiosk(attacked)
                .body(Map.of("service", "A", "priority", "NORMAL"))
                .post("/api/v1/service-points/{sp}/tickets", attacked.code()).then(), 429,
                "TOO_MANY_CONCURRENT_REQUESTS").header("Retry-After", "1"));
        Api.issue(other, "A");
        stalled.forEach(StalledPost::close);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> Api.issue(attacked, "A"));
    }

    /**
     * Another client's POST, GET, readiness check and new screen, each answered within a second while the stalled
     * requests are still open. Each is timed {@link #TRIES} times and its median is checked, so that a moment of
     * another process's load on a shared test machine does not decide; a service that freezes fails every try.
     */
    private void othersAreAnswered(String scenario, List<StalledPost> stalled) {
        othersAreAnswered(scenario, TRIES, WITHIN);
        Duration sinceOpened = Duration.ofNanos(System.nanoTime() - stalled.get(stalled.size() - 1).openedAt);
        assertTrue(sinceOpened.compareTo(settings.bodyTimeout()) < 0,
                "the stalled requests were all still open while the others were timed, " + sinceOpened);
    }

    private void othersAreAnswered(String scenario, int tries, Duration within) {
        median(scenario, tries, within, "POST a ticket", () -> Api.issue(other, "A"));
        String token = Api.issue(other, "A").getString("trackingToken");
        median(scenario, tries, within, "GET its status", () -> Api.publicStatus(token));
        median(scenario, tries, within, "GET /q/health/ready",
                () -> given().get(health).then().statusCode(200));
        median(scenario, tries, within, "open a display screen", () -> {
            try (ScreenClient display = ScreenClient.open(RestAssured.port,
                    "/ws/v1/service-points/" + other.code() + "/display?key=" + other.displayKey())) {
                return display.next().getString("type");
            }
        });
    }

    private static void median(String scenario, int tries, Duration within, String what, Supplier<?> request) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            long start = System.nanoTime();
            request.get();
            millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
        long median = millis.stream().sorted().toList().get(tries / 2);
        System.out.printf("stalled bodies, %s: %s took %s ms%n", scenario, what, millis);
        assertTrue(median < within.toMillis(), what + " took " + millis + " ms while stalled bodies waited");
    }

    /** Waits for the server to answer and close every stalled request; returns how many got which status. */
    private Map<Integer, Integer> closedAfterTheBodyTimeout(List<StalledPost> stalled, String scenario)
            throws IOException {
        long deadline = System.nanoTime() + settings.bodyTimeout().plusSeconds(10).toNanos();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long lastClosed = 0;
        for (StalledPost post : stalled) {
            // header names as Vert.x writes them, in lower case
            String answer = post.answerUntilClosed(deadline).toLowerCase(Locale.ROOT);
            int status = RawHttp.status(answer);
            statuses.merge(status, 1, Integer::sum);
            assertTrue(answer.contains("application/problem+json"), answer);
            if (status == 429) {
                assertTrue(answer.contains("retry-after: 1") && answer.contains("too_many_concurrent_requests"), answer);
            } else {
                assertTrue(answer.contains("request_body_timeout"), answer);
            }
            lastClosed = Math.max(lastClosed, post.closedAt);
        }
        System.out.printf("stalled bodies, %s: answers %s, the last closed %d ms after the last was opened%n", scenario,
                statuses, Duration.ofNanos(lastClosed - stalled.get(stalled.size() - 1).openedAt).toMillis());
        return statuses;
    }

    private static void theAddressIsServedAgain(String address) throws IOException {
        String answer = RawHttp.get(address, "/", null, null);
        assertEquals(200, RawHttp.status(answer), answer);
    }

    /** A POST whose headers promise a body that never comes. */
    private static final class StalledPost implements AutoCloseable {

        private final Socket socket;
        private final long openedAt = System.nanoTime();
        private long closedAt;

        private StalledPost(Socket socket) {
            this.socket = socket;
        }

        static StalledPost open(String fromAddress, String path, String deviceKey) throws IOException {
            Socket socket = RawHttp.connect(fromAddress);
            String headers = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + (deviceKey == null ? "" : Api.DEVICE_KEY + ": " + deviceKey + "\r\n")
                    + "Content-Length: 1000\r\n\r\n";
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new StalledPost(socket);
        }

        /** Everything the server sent before it closed the connection; fails if it is still open at the deadline. */
        String answerUntilClosed(long deadlineNanos) throws IOException {
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            InputStream in = socket.getInputStream();
            try {
                while (true) {
                    long left = Math.max(1, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis());
                    socket.setSoTimeout((int) left);
                    int read = in.read(buffer);
                    if (read < 0) {
                        closedAt = System.nanoTime();
                        return answer.toString();
                    }
                    answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("a stalled request was still open at the deadline; it had received: " + answer);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing what the server may have closed already
            }
        }
    }
}
