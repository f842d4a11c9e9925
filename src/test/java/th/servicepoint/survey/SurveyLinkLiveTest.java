package th.servicepoint.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/** The screen above the counter shows the survey QR at completion; the citizen's phone gets the link too. */
@QuarkusTest
class SurveyLinkLiveTest {

    @Inject
    Fixtures fixtures;

    @Test
    void completedEventCarriesTheSurveyLink() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        String trackingToken = issue(site, "A").getString("trackingToken");
        try (ScreenClient counter = ScreenClient.open(RestAssured.port,
                "/ws/v1/counters/" + site.counter(1) + "?key=" + site.counterKey(1));
                ScreenClient phone = ScreenClient.open(RestAssured.port, "/ws/v1/tickets/" + trackingToken);
                ScreenClient lobby = ScreenClient.open(RestAssured.port,
                        "/ws/v1/service-points/" + site.code() + "/display?key=" + site.displayKey())) {
            assertEquals("snapshot", counter.next().getString("type"));
            assertEquals("snapshot", phone.next().getString("type"));
            assertEquals("snapshot", lobby.next().getString("type"));
            long id = callNext(site, 1).getLong("id");
            act(site, 1, id, "start").statusCode(200);
            act(site, 1, id, "complete").statusCode(200);

            JsonPath completed = next(counter, "completed");
            String surveyUrl = completed.getString("surveyUrl");
            assertTrue(surveyUrl.contains("/survey/?t="), surveyUrl);
            JsonPath seen = next(phone, "completed");
            assertEquals("DONE", seen.getString("ticket.status"));
            assertEquals(surveyUrl, seen.getString("ticket.surveyUrl"));
            JsonPath inTheHall = next(lobby, "completed");
            assertEquals("DONE", inTheHall.getString("ticket.status"));
            assertNull(inTheHall.get("surveyUrl"), "the lobby display never shows a citizen's survey link");
        }
    }

    private static JsonPath next(ScreenClient screen, String type) {
        JsonPath message = screen.next();
        while (!type.equals(message.getString("type"))) {
            message = screen.next();
        }
        return message;
    }
}
