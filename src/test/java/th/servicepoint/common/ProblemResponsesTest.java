package th.servicepoint.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
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
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Bad requests get a problem+json a person can act on, in English and Thai; never a 500, never a partial write. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String TICKETS = "/api/v1/service-points/{sp}/tickets";

    @Inject
    Fixtures fixtures;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").service("C").counter(1, "A").counter(2, "C").create();
    }

    @Test
    void malformedJsonIs400() {
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body("{\"service\": ").post(TICKETS, site.code()).then(), 400,
                "UNREADABLE_BODY");
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body("[1, 2]").post(TICKETS, site.code()).then(), 400, "UNREADABLE_BODY");
        // and nothing was issued
        assertNextNumber("A001");
    }

    @Test
    void unknownServiceLetterIs422NamingTheLettersThatWork() {
        problem(kiosk(site).body(Map.of("service", "Z")).post(TICKETS, site.code()).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("service"))
                .body("errors[0].message", containsString("use one of: A, C"))
                .body("errors[0].messageTh", containsString("A, C"));
        assertNextNumber("A001");
    }

    @Test
    void badPriorityOrChannelIs422WithTheField() {
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body(Map.of("service", "A", "priority", "VIP")).post(TICKETS, site.code())
                .then(), 422,
                "INVALID").body("errors[0].field", equalTo("priority"))
                .body("errors[0].message", containsString("ELDERLY"))
                .body("errors[0].messageTh", not(emptyOrNullString()));
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body(Map.of("service", "A", "channel", "FAX")).post(TICKETS, site.code())
                .then(), 422,
                "INVALID").body("errors[0].field", equalTo("channel"));
        assertNextNumber("A001");
    }

    @Test
    void missingOrTooLongServiceIs422WithTheField() {
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body(Map.of("priority", "NORMAL")).post(TICKETS, site.code()).then(), 422,
                "INVALID")
                .body("errors[0].field", equalTo("service"))
                .body("errors[0].messageTh", not(emptyOrNullString()));
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body(Map.of("service", "AB")).post(TICKETS, site.code()).then(), 422,
                "INVALID")
                .body("errors[0].field", equalTo("service"));
    }

    @Test
    void inactiveServiceTakesNoTicketsAndNoTransfers() {
        openCounter(site, 1);
        long a = issue(site, "A").getLong("id");
        fixtures.setServiceActive(site.services().get("C"), false);
        problem(kiosk(site).body(Map.of("service", "C")).post(TICKETS, site.code()).then(), 409, "SERVICE_INACTIVE");
        problem(clerkOf(site, 1).body(Map.of("service", "C")).post("/api/v1/tickets/{id}/transfer", a).then(), 409,
                "SERVICE_INACTIVE");
        problem(kiosk(site).body(Map.of("service", "Z")).post(TICKETS, site.code()).then(), 422, "INVALID")
                .body("errors[0].message", containsString("use one of: A"))
                .body("errors[0].message", not(containsString("C")));
    }

    @Test
    void overlongReasonsAre422NotServerErrors() {
        openCounter(site, 1);
        long waiting = issue(site, "A").getLong("id");
        String tooLong = "ก".repeat(501);
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).body(Map.of("reason", tooLong))
                .post("/api/v1/tickets/{id}/cancel", waiting).then(),
                422, "INVALID").body("errors[0].field", equalTo("reason"));
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).body(Map.of("reason", tooLong))
                .post("/api/v1/counters/{c}/tickets/{t}/call",
                        site.counter(1), waiting)
                .then(), 422, "INVALID").body("errors[0].field", equalTo("reason"));
        // nothing happened to the ticket; 500 characters are fine
        clerkOf(site, 1).body(Map.of("reason", "ก".repeat(500))).post("/api/v1/tickets/{id}/cancel", waiting).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void unknownThingsAre404() {
        problem(admin().body(Map.of("service", "A")).post(TICKETS, "no-such-place").then(), 404, "NOT_FOUND")
                .body("detail", containsString("no-such-place"));
        problem(given().get("/api/v1/service-points/no-such-place/services").then(), 404, "NOT_FOUND");
        problem(given().get("/api/v1/tickets/not-a-token").then(), 404, "TICKET_NOT_FOUND");
        problem(admin().post("/api/v1/counters/{id}/sign-in", 999_999_999L).then(), 404, "NOT_FOUND");
        problem(admin().post("/api/v1/counters/{id}/call-next", 999_999_999L).then(), 404, "NOT_FOUND");
        problem(admin().post("/api/v1/tickets/{id}/complete", 999_999_999L).then(), 404, "NOT_FOUND");
        problem(admin().body(Map.of("service", "A")).post("/api/v1/tickets/{id}/transfer", 999_999_999L).then(),
                404, "NOT_FOUND");
    }

    @Test
    void counterConflictsAre409() {
        issue(site, "A");
        // a closed counter cannot call
        clerkOf(site, 1).post("/api/v1/counters/{id}/sign-in", site.counter(1)).then().statusCode(200);
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/call-next", site.counter(1)).then(), 409,
                "COUNTER_NOT_OPEN");
        // nobody signed in: an admin cannot open it
        problem(admin().post("/api/v1/counters/{id}/open", site.counter(2)).then(), 409, "NO_CLERK");
        // a ticket at the counter blocks the next call, closing and signing out
        openCounter(site, 1);
        callNext(site, 1);
        issue(site, "A");
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/call-next", site.counter(1)).then(), 409,
                "TICKET_AT_COUNTER").body("detail", containsString("A001"));
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/close", site.counter(1)).then(), 409,
                "TICKET_AT_COUNTER");
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/sign-out", site.counter(1)).then(), 409,
                "TICKET_AT_COUNTER");
        // a paused counter cannot call either
        clerkOf(site, 1).post("/api/v1/tickets/{id}/no-show", callNextId()).then().statusCode(200);
        clerkOf(site, 1).post("/api/v1/counters/{id}/pause", site.counter(1)).then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        problem(clerkOf(site, 1).post("/api/v1/counters/{id}/call-next", site.counter(1)).then(), 409,
                "COUNTER_NOT_OPEN");
        clerkOf(site, 1).post("/api/v1/counters/{id}/close", site.counter(1)).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        clerkOf(site, 1).post("/api/v1/counters/{id}/sign-out", site.counter(1)).then().statusCode(200)
                .body("clerk", equalTo(null));
    }

    @Test
    void callingATicketOfAServiceTheCounterDoesNotServeIs409() {
        openCounter(site, 1);
        long c = issue(site, "C").getLong("id");
        problem(clerkOf(site, 1).body(Map.of("reason", "ช่วยงาน")).post("/api/v1/counters/{c}/tickets/{t}/call",
                site.counter(1), c).then(), 409, "NOT_SERVED_HERE");
    }

    /** The id of the ticket currently at counter 1 (the one called last). */
    private long callNextId() {
        return given().header("X-Device-Key", site.displayKey()).get("/api/v1/service-points/{sp}/queue", site.code())
                .then().statusCode(200).extract().jsonPath().getLong("counters.find { it.number == 1 }.serving.id");
    }

    private void assertNextNumber(String expected) {
        kiosk(site).body(Map.of("service", "A")).post(TICKETS, site.code()).then().statusCode(201)
                .body("number", equalTo(expected));
    }
}
