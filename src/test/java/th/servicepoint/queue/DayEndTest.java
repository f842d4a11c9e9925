package th.servicepoint.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** What happens to a day's queue once midnight has passed in Bangkok. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class DayEndTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    DayEnd dayEnd;

    @Test
    void ticketsLeftOpenByYesterdayAreCancelledAndFreeTheCounters() {
        clock.set("2031-05-01T16:40:00Z"); // 23:40 in Bangkok
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").counter(3, "A").create();
        long noShow = issue(site, "A").getLong("id");
        long called = issue(site, "A").getLong("id");
        long serving = issue(site, "A").getLong("id");
        long waiting = issue(site, "A").getLong("id");
        openCounter(site, 1);
        openCounter(site, 2);
        openCounter(site, 3);
        assertEquals(noShow, callNext(site, 1).getLong("id"));
        clock.set("2031-05-01T16:50:00Z");
        act(site, 1, noShow, "no-show").statusCode(200);
        assertEquals(called, callNext(site, 1).getLong("id"));
        assertEquals(serving, callNext(site, 2).getLong("id"));
        act(site, 2, serving, "start").statusCode(200);

        clock.set("2031-05-01T17:05:00Z"); // 00:05 the next day: within the 30-minute window, but a new day
        problem(act(site, 3, noShow, "reactivate"), 409, "REACTIVATE_WINDOW_PASSED");
        problem(clerkOf(site, 3).body(Map.of("reason", "elderly citizen")).post(
                "/api/v1/counters/{id}/tickets/{ticket}/call", site.counter(3), waiting).then(), 409,
                "TICKET_FROM_PAST_DAY");
        long today = issue(site, "A").getLong("id");

        try (ScreenClient display = ScreenClient.open(RestAssured.port,
                "/ws/v1/service-points/" + site.code() + "/display?key=" + site.displayKey())) {
            assertEquals("snapshot", display.next().getString("type"));
            dayEnd.closePastDays();
            Set<Long> cancelled = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                JsonPath event = display.next();
                assertEquals("cancelled", event.getString("type"));
                cancelled.add(event.getLong("ticket.id"));
            }
            assertEquals(Set.of(noShow, called, waiting), cancelled, "screens drop yesterday's tickets");
        }

        assertEquals("CANCELLED", fixtures.statusOf(noShow));
        assertEquals("CANCELLED", fixtures.statusOf(called));
        assertEquals("CANCELLED", fixtures.statusOf(waiting));
        assertEquals("SERVING", fixtures.statusOf(serving), "the clerk still completes what they are serving");
        assertEquals("WAITING", fixtures.statusOf(today));
        for (long expired : new long[] { noShow, called, waiting }) {
            assertTrue(fixtures.auditOf(expired).stream()
                    .anyMatch(entry -> entry.action.equals("EXPIRE") && entry.actor.equals("system")));
        }
        // counter 1 no longer holds yesterday's called ticket, and calls today's first ticket
        clerkOf(site, 1).post("/api/v1/counters/{id}/call-next", site.counter(1)).then().statusCode(200)
                .body("id", equalTo((int) today)).body("number", equalTo("A001"));

        dayEnd.closePastDays();
        assertEquals(1, fixtures.auditOf(waiting).stream().filter(entry -> entry.action.equals("EXPIRE")).count(),
                "running again (or on a second instance) expires nothing twice");
    }
}
