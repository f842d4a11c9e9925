package th.servicepoint.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** A clerk staffs one counter at a time; moving to another counter is a sign-out from the first. */
@QuarkusTest
class CounterSignInTest {

    private static final String SIGN_IN = "/api/v1/counters/{id}/sign-in";

    @Inject
    Fixtures fixtures;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A", 10).counter(1, "A").counter(2, "A").create();
    }

    @Test
    void signingInElsewhereSignsOutOfAndClosesTheFirstCounter() {
        openCounter(site, 1);
        clerkOf(site, 1).post(SIGN_IN, site.counter(2)).then().statusCode(200).body("status", equalTo("CLOSED"));
        board().body("counters.find { it.number == 1 }.status", equalTo("CLOSED"))
                .body("counters.find { it.number == 1 }.clerk", nullValue())
                .body("counters.find { it.number == 2 }.clerk", equalTo("ผู้ใช้ทดสอบ " + site.clerk(1)));
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/call-next", site.counter(1)).then(), 403, "FORBIDDEN");
        // counter 1 no longer counts as serving A: one ahead × 10 minutes over one counter (counted as one)
        issue(site, "A");
        assertEquals(10, issue(site, "A").getInt("estimatedWaitMinutes"));
    }

    @Test
    void signingInElsewhereIsRefusedWhileATicketIsAtTheCounter() {
        openCounter(site, 1);
        issue(site, "A");
        long id = callNext(site, 1).getLong("id");
        problem(clerkOf(site, 1).post(SIGN_IN, site.counter(2)).then(), 409, "TICKET_AT_COUNTER");
        // still at counter 1, and can finish the ticket there
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200).body("status", equalTo("DONE"));
        clerkOf(site, 1).post(SIGN_IN, site.counter(2)).then().statusCode(200);
    }

    @Test
    void anotherClerkTakesOverACounterOnlyWithoutAColleaguesTicketThere() {
        openCounter(site, 1);
        issue(site, "A");
        long id = callNext(site, 1).getLong("id");
        // clerk 1's citizen is at the counter: clerk 2 may not sign in over them
        problem(clerkOf(site, 2).post(SIGN_IN, site.counter(1)).then(), 409, "COUNTER_OCCUPIED");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        // the visit is over: clerk 2 takes the counter over, and the takeover is audited
        clerkOf(site, 2).post(SIGN_IN, site.counter(1)).then().statusCode(200)
                .body("clerk", equalTo("ผู้ใช้ทดสอบ " + site.clerk(2)));
        issue(site, "A");
        long next = clerkOf(site, 2).post("/api/v1/counters/{id}/call-next", site.counter(1)).then().statusCode(200)
                .extract().jsonPath().getLong("id");
        problem(act(site, 1, next, "start"), 403, "FORBIDDEN");
        clerkOf(site, 2).post("/api/v1/tickets/{id}/start", next).then().statusCode(200)
                .body("status", equalTo("SERVING"));
        List<AuditEntry> audit = fixtures.auditOfCounter(site.counter(1));
        AuditEntry takeover = audit.get(audit.size() - 1);
        assertEquals("SIGN_IN", takeover.action);
        assertEquals(site.clerk(2), takeover.actor);
        assertEquals("took over from " + site.clerk(1), takeover.detail);
    }

    private ValidatableResponse board() {
        return display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200);
    }

    @Test
    void deactivatingAClerkTakesThemOffTheirCounters() {
        openCounter(site, 1);
        openCounter(site, 2);
        issue(site, "A");
        callNext(site, 2);
        for (int counter : new int[] { 1, 2 }) {
            admin().body(java.util.Map.of("displayName", "ลาออกแล้ว", "roles", List.of("CLERK"), "active", false))
                    .put("/api/v1/admin/users/{u}", site.clerk(counter)).then().statusCode(200);
        }
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("counters.find { it.number == 1 }.status", equalTo("CLOSED"))
                .body("counters.find { it.number == 1 }.clerk", nullValue())
                // a ticket is still at counter 2: it pauses, and the next clerk there takes it over
                .body("counters.find { it.number == 2 }.status", equalTo("PAUSED"))
                .body("counters.find { it.number == 2 }.serving.number", equalTo("A001"));
    }
}
