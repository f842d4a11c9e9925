package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.queue.IssueTicket;
import th.servicepoint.queue.TicketIssuer;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/** Lobby displays, counter screens and citizens' phones following the queue over real WebSockets. */
@QuarkusTest
class LiveQueueTest {

    private static final Duration QUIET = Duration.ofMillis(400);

    @Inject
    Fixtures fixtures;
    @Inject
    TicketIssuer issuer;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A", 5).service("B").counter(1, "A").counter(2, "A", "B").create();
        openCounter(site, 1);
    }

    @Test
    void displayGetsASnapshotThenEveryEventInOrder() {
        JsonPath first = issue(site, "A");
        try (ScreenClient display = display("")) {
            JsonPath snapshot = display.next();
            assertEquals("snapshot", snapshot.getString("type"));
            long seq = snapshot.getLong("seq");
            assertEquals(List.of("A", "B"), snapshot.getList("services.prefix"));
            assertEquals(1, snapshot.getInt("services[0].waiting"));
            assertEquals(5, snapshot.getInt("services[0].estimatedWaitMinutes"));
            assertEquals(List.of("OPEN", "CLOSED"), snapshot.getList("counters.status"));
            assertEquals(List.of(), snapshot.getList("recentCalls"));

            issue(site, "B");
            JsonPath issued = display.next();
            assertEquals("issued", issued.getString("type"));
            assertEquals(seq + 1, issued.getLong("seq"));
            assertEquals("B001", issued.getString("ticket.number"));
            assertEquals("B", issued.getString("queues[0].prefix"));
            assertEquals(1, issued.getInt("queues[0].waiting"));

            callNext(site, 1);
            JsonPath called = display.next();
            assertEquals("called", called.getString("type"));
            assertEquals(seq + 2, called.getLong("seq"));
            assertEquals(first.getString("number"), called.getString("ticket.number"));
            assertEquals(1, called.getInt("counter.number"));
            assertEquals("A001", called.getString("counter.serving.number"));
            assertEquals(0, called.getInt("queues[0].waiting"));
            display.expectNothing(QUIET);
        }
        try (ScreenClient later = display("")) {
            JsonPath snapshot = later.next();
            assertEquals("A001", snapshot.getString("recentCalls[0].number"));
            assertEquals(1, snapshot.getInt("recentCalls[0].counter"));
            assertEquals("A001", snapshot.getString("counters[0].serving.number"));
        }
    }

    @Test
    void aScreenThatResumesGetsExactlyTheEventsItMissed() {
        long seq;
        try (ScreenClient display = display("")) {
            seq = display.next().getLong("seq");
        }
        issue(site, "A");
        issue(site, "B");
        callNext(site, 1);
        try (ScreenClient resumed = display("&since=" + seq)) {
            List<JsonPath> missed = List.of(resumed.next(), resumed.next(), resumed.next());
            assertEquals(List.of("issued", "issued", "called"), missed.stream().map(m -> m.getString("type")).toList());
            assertEquals(List.of(seq + 1, seq + 2, seq + 3), missed.stream().map(m -> m.getLong("seq")).toList());
            resumed.expectNothing(QUIET);

            act(site, 1, missed.get(2).getLong("ticket.id"), "recall").statusCode(200);
            JsonPath recalled = resumed.next();
            assertEquals("recalled", recalled.getString("type"));
            assertEquals(seq + 4, recalled.getLong("seq"));
            assertEquals(2, recalled.getInt("ticket.callCount"));
        }
        try (ScreenClient upToDate = display("&since=" + (seq + 4))) {
            upToDate.expectNothing(QUIET);
        }
    }

    @Test
    void aCounterEditedByAnAdministratorShowsAtOnce() {
        try (ScreenClient display = display("")) {
            display.next();
            Api.admin().body(Map.of("number", 2, "name", "ช่อง 2 งานทะเบียน", "services", List.of("B")))
                    .put("/api/v1/admin/service-points/{sp}/counters/{id}", site.code(), site.counter(2)).then()
                    .statusCode(200);
            JsonPath edited = display.next();
            assertEquals("counter", edited.getString("type"));
            assertEquals("ช่อง 2 งานทะเบียน", edited.getString("counter.name"));
            assertEquals(List.of("B"), edited.getList("counter.services"));
        }
    }

    @Test
    void aScreenResumingFromAnUnknownPointGetsASnapshot() {
        issue(site, "A");
        try (ScreenClient fromTheFuture = display("&since=999999")) {
            JsonPath snapshot = fromTheFuture.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals(1, snapshot.getInt("services[0].waiting"));
        }
    }

    @Test
    void aRolledBackChangeNeverReachesAScreenAndLeavesNoGap() {
        try (ScreenClient display = display("")) {
            long seq = display.next().getLong("seq");
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                issuer.issue(site.code(), new IssueTicket("A", null, null));
                throw new IllegalStateException("the change fails after its event was journaled");
            }));
            display.expectNothing(QUIET);

            issue(site, "A");
            JsonPath issued = display.next();
            assertEquals(seq + 1, issued.getLong("seq"));
            assertEquals("A001", issued.getString("ticket.number"));
        }
    }

    @Test
    void counterScreenFollowsOnlyItsCounter() {
        issue(site, "A");
        issue(site, "A");
        try (ScreenClient counter = screen("/ws/v1/counters/" + site.counter(1) + "?key=" + site.counterKey(1))) {
            JsonPath snapshot = counter.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals(1, snapshot.getInt("counter.number"));
            assertNull(snapshot.get("counter.serving"));

            openCounter(site, 2);
            callNext(site, 2);
            counter.expectNothing(QUIET);

            long id = callNext(site, 1).getLong("id");
            JsonPath called = counter.next();
            assertEquals("called", called.getString("type"));
            assertEquals("A002", called.getString("counter.serving.number"));

            act(site, 1, id, "start").statusCode(200);
            assertEquals("serving", counter.next().getString("type"));
            act(site, 1, id, "complete").statusCode(200);
            JsonPath completed = counter.next();
            assertEquals("completed", completed.getString("type"));
            assertEquals("DONE", completed.getString("ticket.status"));
            assertNull(completed.get("counter.serving"));
        }
    }

    @Test
    void citizensPhoneFollowsItsPlaceAndItsCall() {
        issue(site, "A");
        String token = issue(site, "A").getString("trackingToken");
        issue(site, "B");
        try (ScreenClient phone = screen("/ws/v1/tickets/" + token)) {
            JsonPath snapshot = phone.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals("A002", snapshot.getString("ticket.number"));
            assertEquals(1, snapshot.getInt("ticket.waitingAhead"));
            assertFalse(snapshot.getString("ticket").contains("trackingToken"));

            issue(site, "B");
            phone.expectNothing(QUIET);

            callNext(site, 1);
            JsonPath moved = phone.next();
            assertEquals("called", moved.getString("type"));
            assertEquals("WAITING", moved.getString("ticket.status"));
            assertEquals(0, moved.getInt("ticket.waitingAhead"));

            openCounter(site, 2);
            callNext(site, 2);
            JsonPath mine = phone.next();
            while ("WAITING".equals(mine.getString("ticket.status"))) {
                assertEquals("counter", mine.getString("type")); // counter 2 opening may change the estimate
                mine = phone.next();
            }
            assertEquals("called", mine.getString("type"));
            assertEquals("CALLED", mine.getString("ticket.status"));
            assertEquals(2, mine.getInt("ticket.counter"));
        }
    }

    private ScreenClient display(String query) {
        return screen("/ws/v1/service-points/" + site.code() + "/display?key=" + site.displayKey() + query);
    }

    static ScreenClient screen(String path) {
        return ScreenClient.open(RestAssured.port, path);
    }
}
