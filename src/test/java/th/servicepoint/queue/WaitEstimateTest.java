package th.servicepoint.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.publicStatus;

import java.time.Duration;
import java.time.Instant;

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
 * The wait estimate follows the method in WaitEstimator's Javadoc: people ahead × minutes per ticket ÷ open counters
 * (at least one); minutes per ticket = mean call-to-completion of the last services within the lookback once there are
 * three, else the published standard time, else fallback-service-minutes (5).
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class WaitEstimateTest {

    private static final Instant T0 = Instant.parse("2030-03-04T02:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void withoutHistoryTheStandardTimeOrTheFallbackIsUsed() {
        clock.set(T0);
        // A publishes steps of 4 + 6 = 10 minutes, B publishes none
        Site site = fixtures.site().service("A", 4, 6).service("B").counter(1, "A").counter(2, "A").counter(3, "B")
                .create();
        // no counter open: counted as one
        assertEstimate(issue(site, "A"), 0, 0);
        assertEstimate(issue(site, "A"), 1, 10);
        assertEstimate(issue(site, "A"), 2, 20);
        assertEstimate(issue(site, "B"), 0, 0);
        assertEstimate(issue(site, "B"), 1, 5);
        // two open counters serve A
        openCounter(site, 1);
        openCounter(site, 2);
        JsonPath a4 = issue(site, "A");
        assertEstimate(a4, 3, 15);
        JsonPath seen = publicStatus(a4.getString("trackingToken"));
        assertEquals(3, seen.getInt("waitingAhead"));
        assertEquals(15, seen.getInt("estimatedWaitMinutes"));
        given().get("/api/v1/service-points/{sp}/services", site.code()).then().statusCode(200)
                .body("find { it.prefix == 'A' }.standardMinutes", equalTo(10))
                .body("find { it.prefix == 'A' }.waiting", equalTo(4))
                .body("find { it.prefix == 'A' }.estimatedWaitMinutes", equalTo(20))
                .body("find { it.prefix == 'B' }.estimatedWaitMinutes", equalTo(10));
    }

    @Test
    void afterThreeServicesTheMeanOfRecentServicesIsUsed() {
        clock.set(T0);
        Site site = fixtures.site().service("A", 4, 6).counter(1, "A").counter(2, "A").create();
        openCounter(site, 1);
        openCounter(site, 2);
        for (int i = 0; i < 4; i++) {
            issue(site, "A");
        }
        JsonPath a5 = issue(site, "A");
        serveTaking(site, 3);
        serveTaking(site, 6);
        // two services are not enough history: still the standard 10 minutes, 2 ahead over 2 counters
        assertEquals(10, publicStatus(a5.getString("trackingToken")).getInt("estimatedWaitMinutes"));
        serveTaking(site, 9);
        // mean of 3, 6 and 9 minutes = 6; A005 has A004 ahead, 2 counters open: ceil(1 × 6 / 2) = 3
        JsonPath seen = publicStatus(a5.getString("trackingToken"));
        assertEquals(1, seen.getInt("waitingAhead"));
        assertEquals(3, seen.getInt("estimatedWaitMinutes"));
        assertEstimate(issue(site, "A"), 2, 6);

        // eight days later the history is past the 7-day lookback: back to the standard time
        clock.set(T0.plus(Duration.ofDays(8)));
        issue(site, "A");
        assertEstimate(issue(site, "A"), 1, 5);
    }

    /** Counter 1 calls the next ticket and completes it {@code minutes} after the call. */
    private void serveTaking(Site site, int minutes) {
        clock.advance(Duration.ofMinutes(1));
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        clock.advance(Duration.ofMinutes(minutes));
        act(site, 1, id, "complete").statusCode(200);
    }

    private static void assertEstimate(JsonPath issued, int ahead, int minutes) {
        assertEquals(ahead, issued.getInt("waitingAhead"), "people ahead of " + issued.getString("number"));
        assertEquals(minutes, issued.getInt("estimatedWaitMinutes"), "estimate for " + issued.getString("number"));
    }
}
