package th.servicepoint.queue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.support.Api.transfer;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Every move of the ticket state machine, allowed and refused, as the clerk and the citizen see it. */
@QuarkusTest
class TicketLifecycleTest {

    private static final List<String> ALL_ACTIONS = List.of("recall", "start", "complete", "no-show", "reactivate",
            "cancel", "transfer");

    @Inject
    Fixtures fixtures;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").service("C").counter(1, "A").counter(2, "A", "C").create();
        openCounter(site, 1);
    }

    @Test
    void ticketGoesFromWaitingThroughCalledAndServingToDone() {
        JsonPath issued = issue(site, "A");
        assertEquals("A001", issued.getString("number"));
        assertEquals("WAITING", issued.getString("status"));
        String token = issued.getString("trackingToken");
        long id = issued.getLong("id");
        assertEquals("WAITING", publicStatus(token).getString("status"));

        JsonPath called = callNext(site, 1);
        assertEquals(id, called.getLong("id"));
        assertEquals(1, called.getInt("counter"));
        assertEquals(1, called.getInt("callCount"));
        JsonPath seen = publicStatus(token);
        assertEquals("CALLED", seen.getString("status"));
        assertEquals(1, seen.getInt("counter"));

        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("counters.find { it.number == 1 }.serving.number", equalTo("A001"))
                .body("counters.find { it.number == 1 }.serving.status", equalTo("CALLED"))
                .body("services.find { it.prefix == 'A' }.waiting", equalTo(0));

        act(site, 1, id, "recall").statusCode(200).body("status", equalTo("CALLED")).body("callCount", equalTo(2));
        act(site, 1, id, "start").statusCode(200).body("status", equalTo("SERVING"));
        assertEquals("SERVING", publicStatus(token).getString("status"));
        act(site, 1, id, "complete").statusCode(200).body("status", equalTo("DONE"));
        assertEquals("DONE", publicStatus(token).getString("status"));
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("counters.find { it.number == 1 }.serving", nullValue());

        List<AuditEntry> audit = fixtures.auditOf(id);
        assertEquals(List.of("ISSUE", "CALL", "RECALL", "START", "COMPLETE"),
                audit.stream().map(e -> e.action).toList());
        assertEquals("device:" + site.code() + " KIOSK", audit.get(0).actor);
        assertEquals(site.clerk(1), audit.get(4).actor);
        assertEquals(site.counter(1), audit.get(4).counterId);
    }

    @Test
    void waitingTicketCannotBeRecalledStartedCompletedMarkedNoShowOrReactivated() {
        long id = issue(site, "A").getLong("id");
        refused(id, "WAITING", "recall", "start", "complete", "no-show", "reactivate");
    }

    @Test
    void calledTicketCannotBeCompletedOrReactivatedOrCalledAgain() {
        issue(site, "A");
        long id = callNext(site, 1).getLong("id");
        refused(id, "CALLED", "complete", "reactivate");
        // another counter serving A calls it by hand: it is no longer waiting
        openCounter(site, 2);
        problem(clerkOf(site, 2).body(Map.of("reason", "ลูกค้าขอ"))
                .post("/api/v1/counters/{c}/tickets/{t}/call", site.counter(2), id).then(), 409, "TICKET_STATE");
    }

    @Test
    void servingTicketCannotBeRecalledStartedMarkedNoShowCancelledOrReactivated() {
        issue(site, "A");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        refused(id, "SERVING", "recall", "start", "no-show", "cancel", "reactivate");
    }

    @Test
    void doneTicketRefusesEveryAction() {
        issue(site, "A");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        refused(id, "DONE", ALL_ACTIONS.toArray(String[]::new));
    }

    @Test
    void noShowCanOnlyBeReactivatedBackToWaiting() {
        String token = issue(site, "A").getString("trackingToken");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "no-show").statusCode(200).body("status", equalTo("NO_SHOW"));
        refused(id, "NO_SHOW", "recall", "start", "complete", "no-show", "cancel", "transfer");
        act(site, 1, id, "reactivate").statusCode(200).body("status", equalTo("WAITING")).body("counter", nullValue());
        JsonPath seen = publicStatus(token);
        assertEquals("WAITING", seen.getString("status"));
        assertEquals(0, seen.getInt("waitingAhead"));
    }

    @Test
    void waitingAndCalledTicketsCanBeCancelledWithAReasonAndThenRefuseEverything() {
        long waiting = issue(site, "A").getLong("id");
        long called = issue(site, "A").getLong("id");
        clerkOf(site, 1).body(Map.of("reason", "ผู้รับบริการขอยกเลิก")).post("/api/v1/tickets/{id}/cancel", waiting)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(called, callNext(site, 1).getLong("id"));
        act(site, 1, called, "cancel").statusCode(200).body("status", equalTo("CANCELLED"));
        refused(waiting, "CANCELLED", ALL_ACTIONS.toArray(String[]::new));
        refused(called, "CANCELLED", ALL_ACTIONS.toArray(String[]::new));
        AuditEntry cancel = fixtures.auditOf(waiting).stream().filter(e -> e.action.equals("CANCEL")).findFirst()
                .orElseThrow();
        assertEquals("ผู้รับบริการขอยกเลิก", cancel.reason);
    }

    @Test
    void waitingCalledAndServingTicketsCanBeTransferredBackToWaiting() {
        long waiting = issue(site, "A").getLong("id");
        long called = issue(site, "A").getLong("id");
        long serving = issue(site, "A").getLong("id");
        transfer(site, 1, waiting, "C").statusCode(200).body("status", equalTo("WAITING"))
                .body("service", equalTo("C")).body("number", equalTo("A001"));
        assertEquals(called, callNext(site, 1).getLong("id"));
        transfer(site, 1, called, "C").statusCode(200).body("status", equalTo("WAITING")).body("counter", nullValue());
        assertEquals(serving, callNext(site, 1).getLong("id"));
        act(site, 1, serving, "start").statusCode(200);
        transfer(site, 1, serving, "C").statusCode(200).body("status", equalTo("WAITING"))
                .body("number", equalTo("A003"));
        // counter 1 is free again: its ticket moved on
        clerkOf(site, 1).post("/api/v1/counters/{id}/call-next", site.counter(1)).then().statusCode(204);
    }

    @Test
    void transferToTheSameServiceIsRefusedAsInvalidInput() {
        long id = issue(site, "A").getLong("id");
        problem(transfer(site, 1, id, "A"), 422, "INVALID").body("errors[0].field", equalTo("service"));
        problem(transfer(site, 1, id, "Z"), 422, "INVALID").body("errors[0].field", equalTo("service"))
                .body("errors[0].message", containsString("A, C"));
    }

    /** Each action answers 409 TICKET_STATE and the ticket keeps its status. */
    private void refused(long id, String status, String... actions) {
        for (String action : actions) {
            var response = action.equals("transfer") ? transfer(site, 1, id, "C") : act(site, 1, id, action);
            problem(response, 409, "TICKET_STATE").body("detail", containsString(status))
                    .body("detail", containsString("cannot"));
        }
        assertEquals(status, ticketStatus(id), "status after refused actions");
    }

    private String ticketStatus(long id) {
        return fixtures.statusOf(id);
    }
}
