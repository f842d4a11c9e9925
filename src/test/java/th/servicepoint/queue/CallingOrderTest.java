package th.servicepoint.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.support.Api.serveNext;
import static th.servicepoint.support.Api.transfer;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Which ticket a counter calls: priority interleave, starvation cap, shared counters, calls out of turn. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class CallingOrderTest {

    /** 09:00 in Bangkok. */
    private static final Instant T0 = Instant.parse("2030-03-04T02:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void morning() {
        clock.set(T0);
    }

    @Test
    void oneInThreeCallsGoesToPriorityWhileBothKindsWait() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "ELDERLY"); // A001
        issueAt(site, 1, "NORMAL"); // A002
        issueAt(site, 2, "NORMAL"); // A003
        issueAt(site, 3, "MONK"); // A004
        issueAt(site, 4, "NORMAL"); // A005
        issueAt(site, 5, "NORMAL"); // A006
        issueAt(site, 6, "PREGNANT"); // A007
        issueAt(site, 7, "DISABLED"); // A008
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clock.set(T0.plus(Duration.ofMinutes(10 + i)));
            calls.add(serveNext(site, 1));
        }
        // P N N P N N P, then only priority tickets are left
        assertEquals(List.of("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008"), calls);
    }

    @Test
    void priorityWaitsItsTurnAfterTheFirstPriorityCall() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "NORMAL"); // A001
        issueAt(site, 1, "NORMAL"); // A002
        issueAt(site, 2, "NORMAL"); // A003
        issueAt(site, 3, "ELDERLY"); // A004
        issueAt(site, 4, "ELDERLY"); // A005
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(serveNext(site, 1));
        }
        // no priority call yet: a priority ticket goes first, then two normal ones
        assertEquals(List.of("A004", "A001", "A002", "A005", "A003"), calls);
    }

    @Test
    void normalTicketThatWaitedMaxWaitGoesBeforePriority() {
        Site starving = fixtures.site().service("A").counter(1, "A").create();
        Site notYet = fixtures.site().service("A").counter(1, "A").create();
        for (Site site : List.of(starving, notYet)) {
            openCounter(site, 1);
            issueAt(site, 0, "NORMAL"); // A001
            issueAt(site, 1, "ELDERLY"); // A002
        }
        clock.set(T0.plus(Duration.ofMinutes(30)).minusSeconds(1));
        assertEquals("A002", callNext(notYet, 1).getString("number"));
        clock.set(T0.plus(Duration.ofMinutes(30)));
        assertEquals("A001", callNext(starving, 1).getString("number"));
    }

    @Test
    void sharedCounterTakesTheLongestWaitingTicketOfItsServices() {
        Site site = fixtures.site().service("A").service("B").service("C").counter(2, "A", "C").counter(3, "B")
                .create();
        openCounter(site, 2);
        issueAt(site, 0, "B", "NORMAL");
        issueAt(site, 1, "C", "NORMAL");
        issueAt(site, 2, "A", "NORMAL");
        issueAt(site, 3, "C", "NORMAL");
        issueAt(site, 4, "A", "NORMAL");
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(serveNext(site, 2));
        }
        assertEquals(List.of("C001", "A001", "C002", "A002"), calls);
        // B001 waits for counter 3
        clerkOf(site, 2).post("/api/v1/counters/{id}/call-next", site.counter(2)).then().statusCode(204);
    }

    @Test
    void callingAParticularTicketNeedsAReasonThatTheAuditKeeps() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "NORMAL");
        long second = issueAt(site, 1, "NORMAL").getLong("id");
        String path = "/api/v1/counters/{c}/tickets/{t}/call";
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).body(Map.of()).post(path, site.counter(1), second).then(), 422,
                "INVALID")
                .body("errors[0].field", equalTo("reason"));
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).body(Map.of("reason", "   ")).post(path, site.counter(1), second)
                .then(), 422,
                "INVALID").body("errors[0].field", equalTo("reason"));
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).post(path, site.counter(1), second).then(), 422, "INVALID");
        assertEquals("WAITING", fixtures.statusOf(second));

        clerkOf(site, 1).body(Map.of("reason", "ผู้รับบริการนัดหมายไว้ล่วงหน้า")).post(path, site.counter(1), second)
                .then().statusCode(200).body("number", equalTo("A002")).body("status", equalTo("CALLED"))
                .body("counter", equalTo(1));
        AuditEntry entry = fixtures.auditOf(second).stream().filter(e -> e.action.equals("CALL_OUT_OF_ORDER"))
                .findFirst().orElseThrow();
        assertEquals("ผู้รับบริการนัดหมายไว้ล่วงหน้า", entry.reason);
        assertEquals(site.clerk(1), entry.actor);
        assertEquals(site.counter(1), entry.counterId);
        // the skipped ticket is still first in line
        act(site, 1, second, "start").statusCode(200);
        act(site, 1, second, "complete").statusCode(200);
        assertEquals("A001", callNext(site, 1).getString("number"));
    }

    @Test
    void transferredTicketKeepsItsNumberAndItsPlace() {
        Site site = fixtures.site().service("A").service("C").counter(1, "A").counter(2, "C").create();
        openCounter(site, 1);
        openCounter(site, 2);
        JsonPath a1 = issueAt(site, 0, "A", "NORMAL");
        JsonPath c1 = issueAt(site, 1, "C", "NORMAL");
        issueAt(site, 2, "C", "NORMAL");
        clock.set(T0.plus(Duration.ofMinutes(5)));
        transfer(site, 1, a1.getLong("id"), "C").statusCode(200).body("number", equalTo("A001"));

        JsonPath seen = publicStatus(a1.getString("trackingToken"));
        assertEquals("A001", seen.getString("number"));
        assertEquals("C", seen.getString("service"));
        assertEquals(0, seen.getInt("waitingAhead"));
        assertEquals(1, publicStatus(c1.getString("trackingToken")).getInt("waitingAhead"));

        assertEquals(List.of("A001", "C001", "C002"),
                List.of(serveNext(site, 2), serveNext(site, 2), serveNext(site, 2)));
        // the transfer took no number from C and gave none back to A
        assertEquals("A002", issue(site, "A").getString("number"));
        assertEquals("C003", issue(site, "C").getString("number"));
    }

    @Test
    void noShowReactivatedWithinTheWindowKeepsItsPlace() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "NORMAL");
        issueAt(site, 1, "NORMAL");
        issueAt(site, 2, "NORMAL");
        clock.set(T0.plus(Duration.ofMinutes(5)));
        long first = callNext(site, 1).getLong("id");
        act(site, 1, first, "no-show").statusCode(200);
        assertEquals("A002", serveNext(site, 1));
        clock.set(T0.plus(Duration.ofMinutes(35))); // exactly the 30-minute window
        act(site, 1, first, "reactivate").statusCode(200).body("status", equalTo("WAITING"));
        assertEquals("A001", serveNext(site, 1));
        assertEquals("A003", serveNext(site, 1));
    }

    @Test
    void noShowCannotBeReactivatedAfterTheWindow() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "NORMAL");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "no-show").statusCode(200);
        clock.set(T0.plus(Duration.ofMinutes(30)).plusSeconds(1));
        problem(act(site, 1, id, "reactivate"), 409, "REACTIVATE_WINDOW_PASSED");
        assertEquals("NO_SHOW", fixtures.statusOf(id));
    }

    private JsonPath issueAt(Site site, int minute, String priority) {
        return issueAt(site, minute, "A", priority);
    }

    private JsonPath issueAt(Site site, int minute, String service, String priority) {
        clock.set(T0.plus(Duration.ofMinutes(minute)));
        return issue(site, service, priority);
    }
}
