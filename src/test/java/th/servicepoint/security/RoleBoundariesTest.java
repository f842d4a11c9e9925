package th.servicepoint.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static th.servicepoint.support.Api.DEVICE_KEY;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Who may do what: devices, clerks at their own counter, executives, admins and the public. */
@QuarkusTest
class RoleBoundariesTest {

    private static final String TICKETS = "/api/v1/service-points/{sp}/tickets";
    private static final String QUEUE = "/api/v1/service-points/{sp}/queue";
    private static final String CALL_NEXT = "/api/v1/counters/{id}/call-next";

    @Inject
    Fixtures fixtures;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "A").counter(3, "B").create();
    }

    @Test
    void anonymousCannotIssueOrReadTheQueue() {
        problem(given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON).body(Map.of("service", "A"))
                .post(TICKETS, site.code()).then(),
                401, "UNAUTHENTICATED").header("WWW-Authenticate", equalTo("Basic realm=\"Service Point\""));
        problem(given().filter(UNCHECKED_REQUEST).get(QUEUE, site.code()).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void wrongPasswordOrUnknownDeviceKeyIsUnauthenticated() {
        problem(as(site.clerk(1), "wrong").post("/api/v1/counters/{id}/sign-in", site.counter(1)).then(), 401,
                "UNAUTHENTICATED");
        problem(as("nobody-" + site.code(), "x").get(QUEUE, site.code()).then(), 401, "UNAUTHENTICATED");
        problem(given().filter(UNCHECKED_REQUEST).header(DEVICE_KEY, "not-a-key").contentType(ContentType.JSON)
                .body(Map.of("service", "A"))
                .post(TICKETS, site.code()).then(), 401, "UNAUTHENTICATED");
        problem(given().filter(UNCHECKED_REQUEST).queryParam("key", "not-a-key").get(QUEUE, site.code()).then(), 401,
                "UNAUTHENTICATED");
    }

    @Test
    void deactivatedDeviceKeyIsUnauthenticated() {
        fixtures.deactivateDevices(site.id());
        problem(kiosk(site).body(Map.of("service", "A")).post(TICKETS, site.code()).then(), 401, "UNAUTHENTICATED");
        problem(display(site).get(QUEUE, site.code()).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void deactivatedUserCannotSignIn() {
        String retired = fixtures.user(site.code() + "-retired", Role.CLERK, false);
        problem(as(retired).post("/api/v1/counters/{id}/sign-in", site.counter(1)).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void kioskIssuesButCannotCallOrReadTheQueue() {
        kiosk(site).body(Map.of("service", "A")).post(TICKETS, site.code()).then().statusCode(201)
                .body("channel", equalTo("KIOSK"));
        problem(kiosk(site).filter(UNCHECKED_REQUEST).post(CALL_NEXT, site.counter(1)).then(), 403, "FORBIDDEN");
        problem(kiosk(site).get(QUEUE, site.code()).then(), 403, "FORBIDDEN");
    }

    @Test
    void displayReadsTheQueueWithHeaderOrQueryKeyButCannotIssue() {
        issue(site, "A");
        display(site).get(QUEUE, site.code()).then().statusCode(200).body("services.find { it.prefix == 'A' }.waiting",
                equalTo(1)).body("counters", hasSize(3));
        given().filter(UNCHECKED_REQUEST).queryParam("key", site.displayKey()).get(QUEUE, site.code()).then().statusCode(200);
        problem(display(site).body(Map.of("service", "A")).post(TICKETS, site.code()).then(), 403, "FORBIDDEN");
    }

    @Test
    void devicesBoundToAnotherServicePointAreRefusedThere() {
        Site other = fixtures.site().service("A").create();
        problem(kiosk(other).body(Map.of("service", "A")).post(TICKETS, site.code()).then(), 403, "FORBIDDEN")
                .body("detail", equalTo("This device is registered to another service point"));
        problem(display(other).get(QUEUE, site.code()).then(), 403, "FORBIDDEN");
    }

    @Test
    void clerkIssuesAtTheCounterChannel() {
        clerkOf(site, 1).body(Map.of("service", "B")).post(TICKETS, site.code()).then().statusCode(201)
                .body("channel", equalTo("COUNTER")).body("number", equalTo("B001"));
    }

    @Test
    void executiveReadsTheQueueButCannotCallOrIssue() {
        as("exec", "exec").get(QUEUE, site.code()).then().statusCode(200);
        problem(as("exec", "exec").post(CALL_NEXT, site.counter(1)).then(), 403, "FORBIDDEN");
        problem(as("exec", "exec").post("/api/v1/counters/{id}/sign-in", site.counter(1)).then(), 403, "FORBIDDEN");
        problem(as("exec", "exec").body(Map.of("service", "A")).post(TICKETS, site.code()).then(), 403,
                "FORBIDDEN");
    }

    @Test
    void clerkActsOnlyFromTheCounterTheyAreSignedInTo() {
        openCounter(site, 1);
        openCounter(site, 2);
        issue(site, "A");
        long atCounter2 = callNext(site, 2).getLong("id");
        // clerk of counter 1 on counter 2's ticket
        for (String action : new String[] { "recall", "start", "complete", "no-show", "cancel" }) {
            problem(act(site, 1, atCounter2, action), 403, "FORBIDDEN");
        }
        // and on counter 2 itself, where they are not signed in
        problem(clerkOf(site, 1).post(CALL_NEXT, site.counter(2)).then(), 403, "FORBIDDEN");
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/pause", site.counter(2)).then(), 403, "FORBIDDEN");
        // counter 3 serves only B: its clerk cannot touch a waiting A ticket
        openCounter(site, 3);
        long waitingA = issue(site, "A").getLong("id");
        problem(act(site, 3, waitingA, "cancel"), 403, "FORBIDDEN");
        // the ticket is still counter 2's, in the state it was
        act(site, 2, atCounter2, "start").statusCode(200).body("status", equalTo("SERVING"));
    }

    @Test
    void clerkSignedInNowhereCannotHandleTickets() {
        long id = issue(site, "A").getLong("id");
        problem(act(site, 1, id, "cancel"), 403, "FORBIDDEN").body("detail",
                equalTo("Sign in to a counter before handling tickets"));
    }

    @Test
    void adminActsAtAnyCounterWithoutSigningIn() {
        openCounter(site, 2);
        issue(site, "A");
        long id = callNext(site, 2).getLong("id");
        admin().post("/api/v1/tickets/{id}/start", id).then().statusCode(200).body("status", equalTo("SERVING"));
        admin().post("/api/v1/tickets/{id}/complete", id).then().statusCode(200).body("status", equalTo("DONE"));
        issue(site, "A");
        admin().post(CALL_NEXT, site.counter(2)).then().statusCode(200).body("number", equalTo("A002"));
    }

    @Test
    void publicReadsServicePointsServicesAndTicketStatus() {
        given().filter(UNCHECKED_REQUEST).get("/api/v1/service-points").then().statusCode(200)
                .body("find { it.code == 'pao-hq' }.timeZone", equalTo("Asia/Bangkok"));
        given().filter(UNCHECKED_REQUEST).get("/api/v1/service-points/pao-hq/services").then().statusCode(200).body("prefix",
                equalTo(java.util.List.of("A", "B", "C", "D"))).body("[0].standardMinutes", equalTo(15));
        String token = issue(site, "B").getString("trackingToken");
        given().filter(UNCHECKED_REQUEST).get("/api/v1/tickets/{t}", token).then().statusCode(200)
                .body("number", equalTo("B001"))
                .body("servicePoint", equalTo(site.code()));
    }
}
