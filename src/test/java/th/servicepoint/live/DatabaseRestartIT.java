package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import th.servicepoint.support.DemoSite;
import th.servicepoint.support.PackagedApp;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.StandalonePostgres;

/**
 * PostgreSQL stops under a working office and comes back on the same port and data, twice: first before the instance
 * has had any queue event, then under a kiosk issuing one ticket after the other; a lobby display stays connected.
 * Nothing the kiosk was told it got is lost or missing from the screen, refused requests are a quick 503 a kiosk can
 * retry, monitoring still reads the instance, and the instance recovers by itself.
 */
class DatabaseRestartIT {

    /** Generous: a refused request must come back well within this instead of hanging. */
    private static final Duration QUICK_ANSWER = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final Path workDir = Path.of("target", "database-restart-it").toAbsolutePath();
    private StandalonePostgres database;
    private PackagedApp app;
    private Kiosk kiosk;

    @Test
    void ticketsAroundARestartAreKeptAndShownAndTheInstanceRecoversByItself() throws Exception {
        database = StandalonePostgres.start(workDir.resolve("data-" + System.currentTimeMillis()));
        app = PackagedApp.start(workDir, "app", Map.of("servicepoint.demo", "true"), database.environment());
        try (ScreenClient display = ScreenClient.open(app.port(), DemoSite.DISPLAY_PATH)) {
            long seq = display.next().getLong("seq");
            // the first stop comes before this instance has had any event to hand to its screens
            database.stop();
            kiosk = Kiosk.start(app);
            List<Refusal> refusals = new ArrayList<>(List.of(whileDown()));
            database.start();
            awaitRecovery();
            // the second under a kiosk issuing one ticket after the other
            database.stop();
            refusals.add(whileDown());
            database.start();
            awaitRecovery();
            kiosk.stop();

            refusals.addAll(kiosk.refused());
            assertRefusalsAreQuickRetryableProblems(refusals);
            List<String> called = callTwo();
            Set<String> issuedNumbers = new HashSet<>();
            for (Kiosk.Issued ticket : kiosk.issued()) {
                issuedNumbers.add(ticket.number());
                assertEquals(ticket.number(), DemoSite.publicStatus(app, ticket.trackingToken()).getString("number"),
                        "ticket " + ticket.number() + " was kept");
            }
            List<String> seen = assertScreenSawEverything(display, seq, issuedNumbers, called);
            try (ScreenClient resumed = ScreenClient.open(app.port(), DemoSite.DISPLAY_PATH + "&since=" + seq)) {
                for (String event : seen) {
                    assertEquals(event, summary(resumed.next()), "a screen resuming from before the restart");
                }
            }
        }
    }

    /**
     * While the database is down: readiness DOWN, liveness UP, metrics served, a screen connecting now closed with 1011
     * (its script retries), kiosk requests refused; a clerk's request refused.
     */
    private Refusal whileDown() throws Exception {
        await("readiness DOWN, queue events included, while the database is down", () -> readiness(503, "DOWN"));
        assertEquals(200, app.sendManagement(HttpRequest.newBuilder(), "/q/health/live").statusCode(),
                "still alive: nothing would be gained by restarting it");
        try (ScreenClient late = ScreenClient.open(app.port(), DemoSite.DISPLAY_PATH)) {
            assertEquals(1011, late.awaitClose().code(), "a screen connecting now is told to try again");
        }
        HttpResponse<String> metrics = app.sendManagement(HttpRequest.newBuilder(), "/q/metrics");
        assertEquals(200, metrics.statusCode(), "Prometheus still scrapes the instance");
        assertTrue(metrics.body().contains("servicepoint_queue_reading_age_seconds"),
                "with the age of the last queue reading, which its alert watches");
        int refusedBefore = kiosk.refused().size();
        await("kiosk requests refused while the database is down", () -> kiosk.refused().size() >= refusedBefore + 3);
        Instant sent = Instant.now();
        return Refusal.of(app.send(DemoSite.clerkRequest(), "/api/v1/service-points/pao-hq/queue"), sent);
    }

    /** Once the database is back: readiness UP without restarting the instance, and the kiosk issuing again. */
    private void awaitRecovery() throws InterruptedException {
        int issuedBefore = kiosk.issued().size();
        await("readiness UP again without a restart of the instance", () -> readiness(200, "UP"));
        await("tickets issued after the restart", () -> kiosk.issued().size() >= issuedBefore + 3);
    }

    /** Refused requests: 503 problem+json with Retry-After and Thai and English text, answered quickly. */
    private static void assertRefusalsAreQuickRetryableProblems(List<Refusal> refused) {
        for (Refusal refusal : refused) {
            assertEquals(503, refusal.status(), refusal.toString());
            assertEquals("application/problem+json", refusal.contentType(), refusal.toString());
            assertNotNull(refusal.retryAfter(), refusal.toString());
            assertTrue(Integer.parseInt(refusal.retryAfter()) > 0, refusal.toString());
            JsonPath problem = new JsonPath(refusal.body());
            assertEquals("DATABASE_UNAVAILABLE", problem.getString("code"), refusal.toString());
            assertTrue(problem.getString("detailTh").matches(".*[ก-๙].*"), refusal.toString());
            assertTrue(problem.getString("detail").matches(".*[A-Za-z].*"), refusal.toString());
            assertTrue(refusal.took().compareTo(QUICK_ANSWER) < 0, refusal.toString());
        }
    }

    /** A clerk at counter 1 calls and serves two tickets after the restart; the called numbers. */
    private List<String> callTwo() throws Exception {
        long counter = DemoSite.counterOne(app);
        DemoSite.clerk(app, "/api/v1/counters/" + counter + "/sign-in");
        DemoSite.clerk(app, "/api/v1/counters/" + counter + "/open");
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonPath ticket = new JsonPath(DemoSite.clerk(app, "/api/v1/counters/" + counter + "/call-next"));
            called.add(ticket.getString("number"));
            DemoSite.clerk(app, "/api/v1/tickets/" + ticket.getLong("id") + "/start");
            DemoSite.clerk(app, "/api/v1/tickets/" + ticket.getLong("id") + "/complete");
        }
        return called;
    }

    /**
     * The display's events after the snapshot: numbered without a gap, every issued ticket and both calls; returns
     * their {@link #summary}.
     */
    private static List<String> assertScreenSawEverything(ScreenClient display, long snapshotSeq, Set<String> issued,
            List<String> called) {
        Set<String> issuedSeen = new HashSet<>();
        List<String> calledSeen = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        long seq = snapshotSeq;
        while (!issuedSeen.containsAll(issued) || !calledSeen.containsAll(called)) {
            JsonPath event = display.next();
            assertFalse("error".equals(event.getString("type")), () -> "the screen was closed: " + event.prettify());
            assertEquals(seq + 1, event.getLong("seq"), "no gap in the screen's events");
            seq++;
            seen.add(summary(event));
            switch (event.getString("type")) {
                case "issued" -> issuedSeen.add(event.getString("ticket.number"));
                case "called" -> calledSeen.add(event.getString("ticket.number"));
                default -> {
                    // counter state, serving, completed: numbered like the rest
                }
            }
        }
        assertEquals(called, calledSeen);
        return seen;
    }

    private static String summary(JsonPath event) {
        return event.getLong("seq") + " " + event.getString("type") + " " + event.getString("ticket.number");
    }

    /** Whether /q/health/ready answers {@code httpStatus} (503: DOWN) with the queue events' check {@code status}. */
    private boolean readiness(int httpStatus, String queueEvents) {
        JsonPath ready = readiness(httpStatus);
        return ready != null && queueEvents.equals(ready.getString("checks.find { it.name == 'queue-events' }.status"));
    }

    private JsonPath readiness(int httpStatus) {
        try {
            HttpResponse<String> ready = app.sendManagement(HttpRequest.newBuilder(), "/q/health/ready");
            return ready.statusCode() == httpStatus ? new JsonPath(ready.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(RECOVERY).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    /** A request that did not succeed: what the client got, and how long it waited for it. */
    private record Refusal(int status, String contentType, String retryAfter, String body, Duration took) {

        static Refusal of(HttpResponse<String> response, Instant sent) {
            return new Refusal(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.between(sent, Instant.now()));
        }
    }

    /** A kiosk issuing tickets one after the other on its own thread, as a queue of citizens would. */
    private static final class Kiosk implements Runnable {

        record Issued(String number, String trackingToken) {
        }

        private final PackagedApp app;
        private final List<Issued> issued = new CopyOnWriteArrayList<>();
        private final List<Refusal> refused = new CopyOnWriteArrayList<>();
        private final Thread thread = new Thread(this, "kiosk");
        private volatile boolean running = true;
        private volatile Exception failure;

        private Kiosk(PackagedApp app) {
            this.app = app;
        }

        static Kiosk start(PackagedApp app) {
            Kiosk kiosk = new Kiosk(app);
            kiosk.thread.start();
            return kiosk;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    issueOne();
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    failure = e;
                    return;
                }
            }
        }

        private void issueOne() throws IOException, InterruptedException {
            Instant sent = Instant.now();
            HttpResponse<String> response = app.send(DemoSite.kioskTicket("A"), DemoSite.TICKETS_PATH);
            if (response.statusCode() == 201) {
                JsonPath ticket = new JsonPath(response.body());
                issued.add(new Issued(ticket.getString("number"), ticket.getString("trackingToken")));
            } else {
                refused.add(Refusal.of(response, sent));
            }
        }

        List<Issued> issued() {
            assertFalse(failure != null, () -> "the kiosk got no answer: " + failure);
            return issued;
        }

        List<Refusal> refused() {
            assertFalse(failure != null, () -> "the kiosk got no answer: " + failure);
            return refused;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(QUICK_ANSWER.toMillis() * 4);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
