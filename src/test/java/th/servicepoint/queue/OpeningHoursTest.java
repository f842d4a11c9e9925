package th.servicepoint.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;

import java.time.LocalTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * Kiosks issue within the service point's opening hours (Bangkok time), or at any hour where the agency allows it;
 * staff at any hour. The lists a kiosk reads say whether it is open and whether each service has an open counter.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class OpeningHoursTest {

    /** Friday 5 Dec 2031, 17:00 in Bangkok: after closing; the next opening is Monday 8 Dec 08:30. */
    private static final String FRIDAY_EVENING = "2031-12-05T10:00:00Z";
    /** Monday 8 Dec 2031, 08:30 in Bangkok: the doors open. */
    private static final String MONDAY_OPENING = "2031-12-08T01:30:00Z";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    private Site office(boolean issueOutsideHours) {
        return fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI",
                issueOutsideHours).service("A", 5).counter(1, "A").create();
    }

    @Test
    void aKioskIsRefusedOutsideHoursAndToldWhenTheOfficeOpens() {
        Site site = office(false);
        clock.set(FRIDAY_EVENING);
        problem(kiosk(site).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", site.code())
                .then(), 409, "OUTSIDE_OPENING_HOURS")
                .body("detailTh", containsString("นอกเวลาทำการ (08:30–16:30 น.)"))
                .body("detailTh", containsString("8 ธ.ค. 2574 เวลา 08:30 น."))
                .body("detail", containsString("from 8 Dec 2031, 08:30"));
        given().get("/api/v1/service-points").then().statusCode(200)
                .body("find { it.code == '" + site.code() + "' }.openNow", equalTo(false))
                .body("find { it.code == '" + site.code() + "' }.nextOpening", equalTo("2031-12-08T01:30:00Z"))
                .body("find { it.code == '" + site.code() + "' }.issueOutsideHours", equalTo(false));

        // a walk-in at the counter: the clerk is there to call it
        clerkOf(site, 1).body(Map.of("service", "A", "channel", "COUNTER"))
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then().statusCode(201)
                .body("number", equalTo("A001"));

        clock.set(MONDAY_OPENING);
        issue(site, "A");
        given().get("/api/v1/service-points").then().statusCode(200)
                .body("find { it.code == '" + site.code() + "' }.openNow", equalTo(true))
                .body("find { it.code == '" + site.code() + "' }.nextOpening", nullValue());
    }

    @Test
    void aServicePointThatAllowsItIssuesOutsideHours() {
        Site site = office(true);
        clock.set(FRIDAY_EVENING);
        issue(site, "A");
        given().get("/api/v1/service-points").then().statusCode(200)
                .body("find { it.code == '" + site.code() + "' }.openNow", equalTo(false))
                .body("find { it.code == '" + site.code() + "' }.issueOutsideHours", equalTo(true));
    }

    @Test
    void aServiceWithNoOpenCounterSaysSoInTheListAndOnItsTicket() {
        Site site = fixtures.site().service("A", 5).service("B", 5).counter(1, "A").counter(2, "B").create();
        openCounter(site, 2);
        given().get("/api/v1/service-points/{sp}/services", site.code()).then().statusCode(200)
                .body("find { it.prefix == 'A' }.openCounters", equalTo(0))
                .body("find { it.prefix == 'B' }.openCounters", equalTo(1));

        JsonPath closed = issue(site, "A");
        assertEquals(0, closed.getInt("waitingAhead"));
        assertEquals(0, closed.getInt("openCounters"));
        String token = closed.getString("trackingToken");
        assertEquals(0, publicStatus(token).getInt("waitingAhead"));
        assertEquals(0, publicStatus(token).getInt("openCounters"));
        assertEquals(1, publicStatus(issue(site, "B").getString("trackingToken")).getInt("openCounters"));

        openCounter(site, 1);
        assertEquals(1, publicStatus(token).getInt("openCounters"));
    }
}
