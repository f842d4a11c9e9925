package th.servicepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Metrics;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The queue gauges at /q/metrics follow the queue of a service point made after start: waiting tickets and the longest
 * wait per service, open counters, a deactivated service dropped. The gauges are refreshed by calling the refresh the
 * schedule runs.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class QueueGaugesTest {

    private static final String WAITING = "servicepoint_queue_waiting";
    private static final String LONGEST_WAIT = "servicepoint_queue_longest_wait_seconds";
    private static final String OPEN_COUNTERS = "servicepoint_counters_open";

    @Inject
    Fixtures fixtures;
    @Inject
    QueueGauges gauges;
    @Inject
    TestClock clock;

    Instant start;

    @BeforeEach
    void freezeClock() {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
    }

    @Test
    void gaugesFollowIssueCallsCountersAndDeactivation() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "B").create();
        gauges.refresh();
        Metrics empty = Metrics.scrape();
        assertEquals(0, empty.get(WAITING, service(site, "A")));
        assertEquals(0, empty.get(LONGEST_WAIT, service(site, "A")));
        assertEquals(0, empty.get(OPEN_COUNTERS, servicePoint(site)));

        issue(site, "A");
        clock.advance(Duration.ofMinutes(2));
        issue(site, "A");
        issue(site, "B");
        clock.advance(Duration.ofMinutes(5));
        openCounter(site, 1);
        gauges.refresh();
        Metrics busy = Metrics.scrape();
        assertEquals(2, busy.get(WAITING, service(site, "A")));
        assertEquals(1, busy.get(WAITING, service(site, "B")));
        assertEquals(7 * 60, busy.get(LONGEST_WAIT, service(site, "A")));
        assertEquals(5 * 60, busy.get(LONGEST_WAIT, service(site, "B")));
        assertEquals(1, busy.get(OPEN_COUNTERS, servicePoint(site)));

        clock.advance(Duration.ofMinutes(1));
        assertEquals(8 * 60, Metrics.scrape().get(LONGEST_WAIT, service(site, "A")),
                "the longest wait is counted to the scrape, not to the last refresh");

        long first = callNext(site, 1).getLong("id");
        gauges.refresh();
        Metrics called = Metrics.scrape();
        assertEquals(1, called.get(WAITING, service(site, "A")));
        assertEquals(6 * 60, called.get(LONGEST_WAIT, service(site, "A")), "the second ticket is now the oldest");

        act(site, 1, first, "start").statusCode(200);
        act(site, 1, first, "complete").statusCode(200);
        callNext(site, 1);
        fixtures.setServiceActive(site.services().get("B"), false);
        gauges.refresh();
        Metrics emptied = Metrics.scrape();
        assertEquals(0, emptied.get(WAITING, service(site, "A")));
        assertEquals(0, emptied.get(LONGEST_WAIT, service(site, "A")));
        assertTrue(emptied.value(WAITING, service(site, "B")).isEmpty(), "an inactive service has no series");
        assertTrue(emptied.value(LONGEST_WAIT, service(site, "B")).isEmpty());
    }

    @Test
    void onlyTodaysTicketsWait() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        clock.set(start.minus(Duration.ofDays(1)));
        issue(site, "A");
        clock.set(start);
        gauges.refresh();
        Metrics nextDay = Metrics.scrape();
        assertEquals(0, nextDay.get(WAITING, service(site, "A")), "yesterday's ticket left waiting");
        assertEquals(0, nextDay.get(LONGEST_WAIT, service(site, "A")));

        issue(site, "A");
        clock.advance(Duration.ofSeconds(90));
        gauges.refresh();
        Metrics today = Metrics.scrape();
        assertEquals(1, today.get(WAITING, service(site, "A")));
        assertEquals(90, today.get(LONGEST_WAIT, service(site, "A")));
    }

    @Test
    void readingAgeShowsHowOldTheHeldFiguresAre() {
        gauges.refresh();
        clock.advance(Duration.ofSeconds(40));
        assertEquals(40, Metrics.scrape().get("servicepoint_queue_reading_age_seconds", Map.of()));
    }

    private static Map<String, String> service(Site site, String prefix) {
        return Map.of("service_point", site.code(), "service", prefix);
    }

    private static Map<String, String> servicePoint(Site site) {
        return Map.of("service_point", site.code());
    }
}
