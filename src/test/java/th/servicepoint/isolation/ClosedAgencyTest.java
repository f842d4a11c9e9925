package th.servicepoint.isolation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.device;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;

/**
 * An agency the platform deactivates is closed everywhere: its staff and devices are refused, and every public address
 * of it (service point code, ticket, survey and poster tokens, complaint tracking code, ?agency=) answers as an
 * unknown one does, sockets included. Reactivated, everything opens again as it was.
 */
@QuarkusTest
class ClosedAgencyTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aDeactivatedAgencyIsClosedEverywhereAndReactivatingOpensIt() {
        TwoAgencies two = new TwoAgencies(fixtures);
        open(two);

        setActive(two, false);
        as(two.theirAdmin).get("/api/v1/session").then().statusCode(401);
        as(two.theirExecutive).get("/api/v1/reports/snapshots").then().statusCode(401);
        device(two.theirs.kioskKey()).body(Map.of("service", "A"))
                .post("/api/v1/service-points/{sp}/tickets", two.theirs.code()).then().statusCode(401);
        Api.problem(given().get("/api/v1/tickets/{token}", two.theirWaitingToken).then(), 404, "TICKET_NOT_FOUND");
        given().get("/api/v1/tickets/{token}/qr.svg", two.theirWaitingToken).then().statusCode(404);
        given().get("/api/v1/surveys/{token}", two.theirSurveyToken).then().statusCode(404);
        given().get("/api/v1/surveys/posters/{token}", two.theirPosterToken).then().statusCode(404);
        given().get("/api/v1/complaints/track/{code}", two.theirComplaintCode).then().statusCode(404);
        given().get("/api/v1/service-points/{sp}/services", two.theirs.code()).then().statusCode(404);
        given().queryParam("agency", two.agencyCode).get("/api/v1/service-points").then().statusCode(404);
        given().queryParam("agency", two.agencyCode).get("/api/v1/public/reports").then().statusCode(404);
        given().queryParam("agency", two.agencyCode).contentType(ContentType.JSON)
                .body(Map.of("category", "GENERAL", "text", "ร้องเรียน")).post("/api/v1/complaints").then()
                .statusCode(404);
        try (ScreenClient phone = screen("/ws/v1/tickets/" + two.theirWaitingToken)) {
            assertEquals(4404, phone.awaitClose().code());
        }
        try (ScreenClient display = screen("/ws/v1/service-points/" + two.theirs.code() + "/display?key="
                + two.theirs.displayKey())) {
            assertEquals(4401, display.awaitClose().code());
        }
        try (ScreenClient counter = screen("/ws/v1/counters/" + two.theirs.counter(1) + "?key="
                + two.theirs.counterKey(1))) {
            assertEquals(4401, counter.awaitClose().code());
        }
        // the platform still sees it, to reactivate it
        as("platform", "platform").get("/api/v1/platform/agencies/{code}", two.agencyCode).then().statusCode(200)
                .body("active", equalTo(false));

        setActive(two, true);
        open(two);
    }

    /** Everything of the agency works: staff, devices, and its public addresses and sockets. */
    private static void open(TwoAgencies two) {
        as(two.theirAdmin).get("/api/v1/session").then().statusCode(200).body("agency.code", equalTo(two.agencyCode));
        device(two.theirs.kioskKey()).body(Map.of("service", "A"))
                .post("/api/v1/service-points/{sp}/tickets", two.theirs.code()).then().statusCode(201);
        given().get("/api/v1/tickets/{token}", two.theirWaitingToken).then().statusCode(200);
        given().get("/api/v1/surveys/{token}", two.theirSurveyToken).then().statusCode(200);
        given().get("/api/v1/surveys/posters/{token}", two.theirPosterToken).then().statusCode(200);
        given().get("/api/v1/complaints/track/{code}", two.theirComplaintCode).then().statusCode(200);
        given().get("/api/v1/service-points/{sp}/services", two.theirs.code()).then().statusCode(200);
        given().queryParam("agency", two.agencyCode).get("/api/v1/service-points").then().statusCode(200)
                .body("code", hasItem(two.theirs.code()));
        given().queryParam("agency", two.agencyCode).get("/api/v1/public/reports").then().statusCode(200);
        try (ScreenClient phone = screen("/ws/v1/tickets/" + two.theirWaitingToken)) {
            assertEquals("snapshot", phone.next().getString("type"));
        }
        try (ScreenClient display = screen("/ws/v1/service-points/" + two.theirs.code() + "/display?key="
                + two.theirs.displayKey())) {
            assertEquals("snapshot", display.next().getString("type"));
        }
    }

    private static void setActive(TwoAgencies two, boolean active) {
        as("platform", "platform").body(Map.of("nameTh", "อบต. " + two.agencyCode, "nameEn", "SAO " + two.agencyCode,
                "agencyClass", "SAO", "province", "ทดสอบ", "active", active))
                .put("/api/v1/platform/agencies/{code}", two.agencyCode).then().statusCode(200)
                .body("active", equalTo(active));
    }

    private static ScreenClient screen(String path) {
        return ScreenClient.open(RestAssured.port, path);
    }
}
