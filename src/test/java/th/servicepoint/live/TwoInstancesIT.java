package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import th.servicepoint.support.DemoSite;
import th.servicepoint.support.PackagedApp;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.StandalonePostgres;

/**
 * Scaling out: two instances of the packaged application, started at the same moment on one empty PostgreSQL that
 * neither owns. Both migrate and load the demo data without colliding; tickets issued through both at once are
 * numbered once each without gaps; screens on one instance follow what a clerk does on the other with the same event
 * numbers; a survey answered through one shows in the report read through the other.
 */
class TwoInstancesIT {

    private static final int KIOSKS = 4;
    private static final int TICKETS_PER_KIOSK = 10;

    private final Path workDir = Path.of("target", "two-instances-it").toAbsolutePath();
    private final ExecutorService threads = Executors.newFixedThreadPool(KIOSKS);
    private StandalonePostgres database;
    private final List<PackagedApp> apps = new ArrayList<>();

    @Test
    void twoInstancesShareOneDatabaseAsOneService() throws Exception {
        database = StandalonePostgres.start(workDir.resolve("data-" + System.currentTimeMillis()));
        startTogether("a", "b");
        PackagedApp a = apps.get(0);
        PackagedApp b = apps.get(1);

        try (ScreenClient displayOnA = ScreenClient.open(a.port(), DemoSite.DISPLAY_PATH);
                ScreenClient displayOnB = ScreenClient.open(b.port(), DemoSite.DISPLAY_PATH)) {
            Screens displays = new Screens(displayOnA, displayOnB);
            Map<String, String> tokens = issueThroughBothAtOnce();
            Set<String> expected = IntStream.rangeClosed(1, KIOSKS * TICKETS_PER_KIOSK)
                    .mapToObj(n -> "A%03d".formatted(n)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, tokens.keySet(), "every number once, none skipped");
            Set<String> shown = new TreeSet<>();
            for (int i = 0; i < expected.size(); i++) {
                shown.add(displays.next("issued").getString("ticket.number"));
            }
            assertEquals(expected, shown);

            long counter = DemoSite.counterOne(a);
            DemoSite.clerk(a, "/api/v1/counters/" + counter + "/sign-in");
            displays.next("counter");
            DemoSite.clerk(a, "/api/v1/counters/" + counter + "/open");
            displays.next("counter");
            // tickets issued at once are called in the order they were issued, not numbered: ask whose turn it is
            String first = nextInLine(b, counter);
            try (ScreenClient ticketOnB = ScreenClient.open(b.port(), "/ws/v1/tickets/" + tokens.get(first))) {
                assertEquals("WAITING", ticketOnB.next().getString("ticket.status"));
                long firstId = callNext(a, counter, first, displays);
                JsonPath tracked = nextOfType(ticketOnB, "called");
                assertEquals(displays.seq(), tracked.getLong("seq"), "the ticket screen's number is the display's");
                assertEquals("CALLED", tracked.getString("ticket.status"));
                assertEquals(1, tracked.getInt("ticket.counter"));

                DemoSite.clerk(a, "/api/v1/tickets/" + firstId + "/start");
                displays.next("serving");
                DemoSite.clerk(a, "/api/v1/tickets/" + firstId + "/complete");
                displays.next("completed");
            }
            answerSurveyThrough(b, tokens.get(first));
            JsonPath report = DemoSite.executive(a, "/api/v1/reports?servicePoint=pao-hq&from=" + today() + "&to="
                    + today());
            assertEquals(1, report.getInt("survey.responses.total"), "the answer given through b, read through a");
            assertEquals(1, report.getInt("comments.count"));
            assertEquals("ตอบผ่านอีกเครื่องหนึ่ง", report.getString("comments.latest[0].text"));

            callNext(a, counter, nextInLine(b, counter), displays);
        }

        // a counter screen key revoked through a closes the screen it has open on b at once
        long counter = DemoSite.counterOne(a);
        try (ScreenClient counterOnB = ScreenClient.open(b.port(), "/ws/v1/counters/" + counter
                + "?key=demo-counter-1")) {
            assertEquals("snapshot", counterOnB.next().getString("type"));
            long key = DemoSite.admin(a, "/api/v1/admin/device-keys")
                    .getLong("find { it.name == 'Demo counter 1 screen' }.id");
            DemoSite.adminPost(a, "/api/v1/admin/device-keys/" + key + "/revoke");
            assertEquals("KEY_REQUIRED", counterOnB.next().getString("code"));
            assertEquals(4401, counterOnB.awaitClose().code());
        }

        JsonPath chain = DemoSite.admin(b, "/api/v1/admin/audit/verify");
        assertTrue(chain.getBoolean("intact"), "audit rows written through both instances form one chain: "
                + chain.prettify());
    }

    /** Both instances start at the same moment on the empty database, as a deployment of two replicas does. */
    private void startTogether(String... names) throws Exception {
        List<Future<PackagedApp>> starting = new ArrayList<>();
        for (String name : names) {
            starting.add(threads.submit(() -> PackagedApp.start(workDir, name, Map.of("servicepoint.demo", "true"),
                    database.environment())));
        }
        Exception failed = null;
        for (Future<PackagedApp> app : starting) {
            try {
                apps.add(app.get());
            } catch (ExecutionException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Kiosks on their own threads, each issuing alternately through a and b; number → tracking token. */
    private Map<String, String> issueThroughBothAtOnce() throws Exception {
        List<Callable<Map<String, String>>> kiosks = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            int kiosk = k;
            kiosks.add(() -> {
                Map<String, String> issued = new HashMap<>();
                for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
                    JsonPath ticket = DemoSite.issue(apps.get((kiosk + i) % 2), "A");
                    issued.put(ticket.getString("number"), ticket.getString("trackingToken"));
                }
                return issued;
            });
        }
        Map<String, String> all = new HashMap<>();
        int count = 0;
        for (Future<Map<String, String>> kiosk : threads.invokeAll(kiosks)) {
            count += kiosk.get().size();
            all.putAll(kiosk.get());
        }
        assertEquals(KIOSKS * TICKETS_PER_KIOSK, count);
        return all;
    }

    /** The number the counter calls next, as its waiting list shows it. */
    private static String nextInLine(PackagedApp app, long counter) throws Exception {
        HttpResponse<String> waiting = app.send(DemoSite.clerkRequest(), "/api/v1/counters/" + counter + "/waiting");
        assertEquals(200, waiting.statusCode(), waiting.body());
        return new JsonPath(waiting.body()).getString("waiting[0].number");
    }

    private static long callNext(PackagedApp app, long counter, String expected, Screens displays) throws Exception {
        JsonPath ticket = new JsonPath(DemoSite.clerk(app, "/api/v1/counters/" + counter + "/call-next"));
        assertEquals(expected, ticket.getString("number"));
        assertEquals(expected, displays.next("called").getString("ticket.number"));
        return ticket.getLong("id");
    }

    /** The citizen's phone on instance b: the survey link from the ticket's status, all items answered. */
    private static void answerSurveyThrough(PackagedApp app, String trackingToken) throws Exception {
        String surveyUrl = DemoSite.publicStatus(app, trackingToken).getString("surveyUrl");
        DemoSite.answerSurvey(app, DemoSite.surveyToken(surveyUrl), "ตอบผ่านอีกเครื่องหนึ่ง");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Bangkok"));
    }

    /** Screens on different instances: each event reaches all of them with the same number, one after the other. */
    private static final class Screens {

        private final ScreenClient[] screens;
        private long seq;

        Screens(ScreenClient... screens) {
            this.screens = screens;
            this.seq = screens[0].next().getLong("seq");
            for (int i = 1; i < screens.length; i++) {
                assertEquals(seq, screens[i].next().getLong("seq"), "the same snapshot number on every instance");
            }
        }

        /** The next event, which must be of {@code type}, numbered last + 1 and the same on every screen. */
        JsonPath next(String type) {
            seq++;
            JsonPath first = null;
            for (ScreenClient screen : screens) {
                JsonPath event = screen.next();
                assertEquals(seq, event.getLong("seq"), "no gap, no repeat");
                assertEquals(type, event.getString("type"));
                if (first == null) {
                    first = event;
                } else {
                    assertEquals(first.getString("ticket.number"), event.getString("ticket.number"));
                }
            }
            return first;
        }

        long seq() {
            return seq;
        }
    }

    private static JsonPath nextOfType(ScreenClient screen, String type) {
        while (true) {
            JsonPath message = screen.next();
            if (type.equals(message.getString("type"))) {
                return message;
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        threads.shutdownNow();
        for (PackagedApp app : apps) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
