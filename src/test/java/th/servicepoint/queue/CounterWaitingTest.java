package th.servicepoint.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.security.Role;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** GET /api/v1/counters/{id}/waiting: the queue a clerk calls from, in the order call-next takes it. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class CounterWaitingTest {

    /** 09:00 in Bangkok. */
    private static final Instant T0 = Instant.parse("2030-03-05T02:00:00Z");
    private static final String WAITING = "/api/v1/counters/{id}/waiting";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void morning() {
        clock.set(T0);
    }

    @Test
    void listsTheCounterServicesInTheOrderCallNextTakesThem() {
        Site site = fixtures.site().service("A").service("B").service("C").counter(1, "A", "C").counter(2, "B")
                .create();
        openCounter(site, 1);
        issueAt(site, 0, "A", "NORMAL"); // A001
        issueAt(site, 1, "B", "NORMAL"); // B001: counter 2's, not listed at counter 1
        issueAt(site, 2, "C", "NORMAL"); // C001
        issueAt(site, 3, "A", "NORMAL"); // A002
        issueAt(site, 4, "A", "ELDERLY"); // A003
        issueAt(site, 5, "C", "MONK"); // C002
        issueAt(site, 6, "A", "NORMAL"); // A004
        clock.set(T0.plus(Duration.ofMinutes(10)));

        JsonPath list = clerkOf(site, 1).get(WAITING, site.counter(1)).then().statusCode(200).extract().jsonPath();
        // no priority call yet: a priority ticket first, then two normal ones (P N N P N N …), across A and C
        List<String> expected = List.of("A003", "A001", "C001", "C002", "A002", "A004");
        assertEquals(expected, list.getList("waiting.number"));
        assertEquals("ELDERLY", list.getString("waiting[0].priority"));
        assertEquals("A", list.getString("waiting[0].service"));
        assertEquals(6, list.getInt("waiting[0].waitedMinutes"));
        assertEquals(10, list.getInt("waiting[1].waitedMinutes"));
        assertEquals(T0, Instant.parse(list.getString("waiting[1].issuedAt")));
        assertEquals(List.of(), list.getList("noShows"));

        // and call-next agrees, call after call
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonPath next = clerkOf(site, 1).get(WAITING, site.counter(1)).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(expected.subList(i, expected.size()), next.getList("waiting.number"));
            JsonPath called = callNext(site, 1);
            calls.add(called.getString("number"));
            act(site, 1, called.getLong("id"), "start").statusCode(200);
            act(site, 1, called.getLong("id"), "complete").statusCode(200);
        }
        assertEquals(expected, calls);
        clerkOf(site, 1).get(WAITING, site.counter(1)).then().statusCode(200).body("waiting.size()", equalTo(0));
    }

    @Test
    void afterAPriorityCallTheListWaitsForItsTurnToo() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "A", "ELDERLY"); // A001
        issueAt(site, 1, "A", "NORMAL"); // A002
        issueAt(site, 2, "A", "NORMAL"); // A003
        issueAt(site, 3, "A", "NORMAL"); // A004
        issueAt(site, 4, "A", "PREGNANT"); // A005
        long first = callNext(site, 1).getLong("id");
        assertEquals("A001", fixtures.numberOf(first));
        act(site, 1, first, "start").statusCode(200);
        act(site, 1, first, "complete").statusCode(200);
        // the counter just made a priority call: two normal ones before the next priority ticket
        clerkOf(site, 1).get(WAITING, site.counter(1)).then().statusCode(200).body("waiting.number",
                equalTo(List.of("A002", "A003", "A005", "A004")));
    }

    @Test
    void todaysNoShowsAreListedApartForReactivation() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "B").create();
        openCounter(site, 1);
        openCounter(site, 2);
        issueAt(site, 0, "A", "NORMAL");
        issueAt(site, 1, "A", "NORMAL");
        issueAt(site, 2, "B", "NORMAL");
        long a1 = callNext(site, 1).getLong("id");
        act(site, 1, a1, "no-show").statusCode(200);
        long b1 = callNext(site, 2).getLong("id");
        act(site, 2, b1, "no-show").statusCode(200);

        clerkOf(site, 1).get(WAITING, site.counter(1)).then().statusCode(200)
                .body("waiting.number", equalTo(List.of("A002"))).body("noShows.number", equalTo(List.of("A001")))
                .body("noShows[0].id", equalTo((int) a1));
        act(site, 1, a1, "reactivate").statusCode(200);
        clerkOf(site, 1).get(WAITING, site.counter(1)).then().statusCode(200)
                .body("waiting.number", equalTo(List.of("A001", "A002"))).body("noShows.size()", equalTo(0));
    }

    @Test
    void onlyTheCounterClerkOrAnAdminSeesIt() {
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        openCounter(site, 1);
        issueAt(site, 0, "A", "NORMAL");
        problem(given().filter(UNCHECKED_REQUEST).get(WAITING, site.counter(1)).then(), 401, "UNAUTHENTICATED");
        // a clerk signed in at another counter, and one signed in nowhere
        openCounter(site, 2);
        problem(clerkOf(site, 2).get(WAITING, site.counter(1)).then(), 403, "FORBIDDEN");
        String stranger = fixtures.user("waiting-stranger-" + site.code(), Role.CLERK, true);
        problem(as(stranger).get(WAITING, site.counter(1)).then(), 403, "FORBIDDEN");
        problem(as("exec", "exec").get(WAITING, site.counter(1)).then(), 403, "FORBIDDEN");
        problem(clerkOf(site, 1).get(WAITING, Long.MAX_VALUE).then(), 404, "NOT_FOUND");
        admin().get(WAITING, site.counter(1)).then().statusCode(200).body("waiting.number",
                equalTo(List.of("A001")));
    }

    private void issueAt(Site site, int minute, String service, String priority) {
        clock.set(T0.plus(Duration.ofMinutes(minute)));
        issue(site, service, priority);
    }
}
