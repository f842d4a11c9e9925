package th.servicepoint.queue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Ticket numbers: per service and business day in Bangkok, gap-free, capped per day. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class NumberingTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void eachServiceAndServicePointCountsOnItsOwn() {
        Site site = fixtures.site().service("A").service("B").create();
        Site other = fixtures.site().service("A").create();
        assertEquals("A001", issue(site, "A").getString("number"));
        assertEquals("B001", issue(site, "B").getString("number"));
        assertEquals("A002", issue(site, "A").getString("number"));
        assertEquals("A001", issue(other, "A").getString("number"));
        // the letter is case-insensitive at the kiosk
        assertEquals("B002", issue(site, "b").getString("number"));
    }

    @Test
    void dailyCapRefusesFurtherTicketsWithoutUsingANumber() {
        clock.set("2030-03-04T03:00:00Z");
        Site site = fixtures.site().cappedService("A", 2).service("B").create();
        issue(site, "A");
        issue(site, "A");
        problem(kiosk(site).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", site.code())
                .then(), 409, "DAILY_CAP_REACHED").body("detail", containsString("All 2 tickets"));
        problem(kiosk(site).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", site.code())
                .then(), 409, "DAILY_CAP_REACHED");
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("services.find { it.prefix == 'A' }.waiting", equalTo(2));
        assertEquals("B001", issue(site, "B").getString("number"));
        // the refused requests took no number: raising the cap gives the very next one
        fixtures.setDailyCap(site.services().get("A"), 3);
        assertEquals("A003", issue(site, "A").getString("number"));
        // the cap is per day
        clock.set("2030-03-05T03:00:00Z");
        assertEquals("A001", issue(site, "A").getString("number"));
    }

    @Test
    void numbersRestartAtMidnightInBangkok() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        clock.set("2030-03-04T16:59:58Z"); // 23:59:58 in Bangkok
        assertEquals("A001", issue(site, "A").getString("number"));
        clock.set("2030-03-04T16:59:59Z");
        assertEquals("A002", issue(site, "A").getString("number"));
        clock.set("2030-03-04T17:00:00Z"); // midnight in Bangkok, still the 4th in UTC
        long today = issue(site, "A").getLong("id");
        assertEquals("A001", fixtures.numberOf(today));
        assertEquals("A002", issue(site, "A").getString("number"));
        // yesterday's tickets are not today's queue
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("services.find { it.prefix == 'A' }.waiting", equalTo(2));
        assertEquals(today, callNext(site, 1).getLong("id"));
    }
}
