package th.servicepoint.isolation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;

/**
 * What a public address of one agency opens (its ticket, survey, poster and complaint tokens, its service point's
 * code) is that agency's alone, and a device key of one agency opens no screen of another's.
 */
@QuarkusTest
class CrossAgencyPublicTest {

    private static TwoAgencies two;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void agencies() {
        if (two == null) {
            two = new TwoAgencies(fixtures);
        }
    }

    @Test
    void aTokenOpensItsOwnRecordAndNothingOfAnotherAgency() {
        JsonPath theirs = Api.publicStatus(two.theirWaitingToken);
        assertEquals("B", theirs.getString("service"));
        assertTrue(theirs.getString("serviceName").contains(two.marker));
        JsonPath ours = Api.publicStatus(two.ourWaitingToken);
        assertFalse(ours.prettify().contains(two.marker), ours.prettify());
        given().get("/api/v1/tickets/{token}/qr.svg", two.theirWaitingToken).then().statusCode(200);

        given().get("/api/v1/surveys/{token}", two.theirSurveyToken).then().statusCode(200)
                .body("servicePoint.code", equalTo(two.theirs.code()))
                .body("service.name", containsString(two.marker));
        given().get("/api/v1/survey-invitations/{token}/qr.svg", two.theirSurveyToken).then().statusCode(200);
        given().get("/api/v1/surveys/posters/{token}", two.theirPosterToken).then().statusCode(200)
                .body("servicePoint.code", equalTo(two.theirs.code()));
        given().get("/api/v1/complaints/track/{code}", two.theirComplaintCode).then().statusCode(200)
                .body("trackingCode", equalTo(two.theirComplaintCode));
        // a made-up token finds nothing in any agency
        Api.problem(given().get("/api/v1/tickets/{token}", "x" + two.theirWaitingToken.substring(1)).then(), 404,
                "TICKET_NOT_FOUND");
    }

    @Test
    void publicListsShowTheAgencyTheyNameOnly() {
        given().get("/api/v1/service-points").then().statusCode(200).body("code", hasItem(two.ours.code()))
                .body("code", not(hasItem(two.theirs.code())));
        given().queryParam("agency", two.agencyCode).get("/api/v1/service-points").then().statusCode(200)
                .body("code", equalTo(List.of(two.theirs.code())));
        given().get("/api/v1/service-points/{sp}/services", two.theirs.code()).then().statusCode(200)
                .body("prefix", equalTo(List.of("A", "B")));
        // naming another agency beside a service point changes nothing: the address's agency wins
        given().queryParam("agency", two.agencyCode).get("/api/v1/service-points/{sp}/services", two.ours.code())
                .then().statusCode(200).body(not(containsString(two.marker)));
    }

    @Test
    void aDeviceKeyOpensNoScreenOfAnotherAgency() {
        try (ScreenClient display = screen("/ws/v1/service-points/" + two.theirs.code() + "/display?key="
                + two.ours.displayKey())) {
            assertEquals(4404, display.awaitClose().code());
        }
        try (ScreenClient counter = screen("/ws/v1/counters/" + two.theirs.counter(1) + "?key="
                + two.ours.counterKey(1))) {
            assertEquals(4404, counter.awaitClose().code());
        }
        // their own key opens their display, and what it shows is theirs
        try (ScreenClient display = screen("/ws/v1/service-points/" + two.theirs.code() + "/display?key="
                + two.theirs.displayKey())) {
            assertEquals("snapshot", display.next().getString("type"));
        }
        try (ScreenClient phone = screen("/ws/v1/tickets/" + two.theirWaitingToken)) {
            JsonPath snapshot = phone.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertTrue(snapshot.prettify().contains(two.marker), snapshot.prettify());
        }
    }

    @Test
    void aDisplayHearsNothingOfAnotherAgencysQueue() {
        try (ScreenClient display = screen("/ws/v1/service-points/" + two.ours.code() + "/display?key="
                + two.ours.displayKey())) {
            assertEquals("snapshot", display.next().getString("type"));
            Api.issue(two.theirs, "A");
            display.expectNothing(Duration.ofSeconds(1));
            Api.issue(two.ours, "A");
            JsonPath event = display.next();
            assertFalse(event.prettify().contains(two.marker), event.prettify());
        }
    }

    private static ScreenClient screen(String path) {
        return ScreenClient.open(RestAssured.port, path);
    }
}
