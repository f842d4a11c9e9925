package th.servicepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.queue.QueueReport.Durations;
import th.servicepoint.queue.QueueReport.Figures;
import th.servicepoint.queue.QueueReport.OutOfOrderCall;
import th.servicepoint.queue.QueueReport.ServiceFigures;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The queue figures of the executive report over a known history: tickets issued, called, served and ended at set
 * minutes, so every figure is known exactly. Percentiles interpolate as PostgreSQL's percentile_cont: p90 of n values
 * lies at position 0.9 × (n − 1) of the sorted values, each value known within half a minute (per-minute histograms,
 * QueueDayTalliesTest).
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class QueueStatisticsTest {

    /** 10:00 in Bangkok; no other test uses these days. */
    private static final Instant T0 = Instant.parse("2032-06-01T03:00:00Z");
    private static final Instant AGENCY_DAY = Instant.parse("2033-02-14T03:00:00Z");
    private static final double EXACT = 1e-9;
    /** Medians and percentiles come from per-minute histograms: each duration counts as the middle of its minute. */
    private static final double HISTOGRAM = 0.5;
    private static final String REASON = "ผู้รับบริการนัดหมายไว้ล่วงหน้า";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    QueueStatistics statistics;
    @Inject
    DayEnd dayEnd;

    /** The start of the test's history: minutes in a test count from here. */
    private Instant start;

    @Test
    void everyFigureOfAKnownHistory() {
        begin(T0);
        // A publishes one step of 5 minutes, B publishes none
        Site site = fixtures.site().service("A", 5).service("B").counter(1, "A", "B").create();
        // issued one a minute with no counter open (counted as one): estimate = people ahead × 5 minutes
        long a1 = issuedAt(site, 0, "A", "NORMAL", 0);
        long a2 = issuedAt(site, 1, "A", "NORMAL", 5);
        long a3 = issuedAt(site, 2, "A", "ELDERLY", 10);
        long a4 = issuedAt(site, 3, "A", "NORMAL", 15);
        long a5 = issuedAt(site, 4, "A", "NORMAL", 20);
        long a6 = issuedAt(site, 5, "A", "NORMAL", 25);
        long b1 = issuedAt(site, 6, "B", "NORMAL", 0);
        openCounter(site, 1);

        // the elderly ticket goes first: waited 8, served 4 (within the standard 5)
        serve(site, 10, a3, 4);
        serve(site, 20, a1, 6); // waited 20, served 6
        calledOutOfOrder(site, 30, a4, REASON);
        startAndComplete(site, a4, 5); // waited 27, served exactly the standard 5
        serve(site, 40, a2, 3); // waited 39, served 3
        at(45);
        act(site, 1, a6, "cancel").statusCode(200);
        calledOutOfOrder(site, 50, a5, "เรียกซ้ำตามที่ผู้รับบริการขอ"); // waited 46
        at(52);
        act(site, 1, a5, "no-show").statusCode(200);
        serve(site, 55, b1, 10); // waited 49, served 10; B has no standard
        issuedAt(site, 60, "A", "NORMAL", 0); // still waiting
        // issued at exactly `to`, not counted; one ahead at the measured pace of A, (4 + 6 + 5 + 3) / 4 minutes
        issuedAt(site, 90, "A", "NORMAL", 5);

        QueueReport report = statistics.of(T0, T0.plus(Duration.ofMinutes(90)), site.id());

        Figures total = report.total();
        assertEquals(new QueueReport.Counts(8, 5, 1, 1, 0, 1), total.counts());
        assertEquals(1, total.priority().count());
        assertEquals(12.5, total.priority().percent(), EXACT);
        assertEquals(Map.of(Priority.ELDERLY, 1L, Priority.DISABLED, 0L, Priority.PREGNANT, 0L, Priority.MONK, 0L),
                total.priority().byPriority());
        // waits 8 20 27 39 46 49; service times 3 4 5 6 10
        assertDurations(total.waitMinutes(), 6, 31.5, 33, 47.5);
        assertDurations(total.serviceMinutes(), 5, 5.6, 5, 8.4);
        assertNull(total.standardMinutes());
        assertEquals(new QueueReport.WithinStandard(4, 3, 75.0), total.withinStandard());
        // estimate − actual: 10−8, 0−20, 15−27, 5−39, 20−46, 0−49
        assertEquals(6, total.estimate().n());
        assertEquals(143 / 6.0, total.estimate().meanAbsoluteError(), EXACT);
        assertEquals(100 / 6.0, total.estimate().withinFiveMinutesPercent(), EXACT);
        assertEquals(-139 / 6.0, total.estimate().meanSignedError(), EXACT);

        assertEquals(List.of("A", "B"), report.services().stream().map(ServiceFigures::prefix).toList());
        ServiceFigures a = report.services().get(0);
        assertEquals(List.of(site.services().get("A"), site.code(), "งาน A", "Service A"),
                List.of(a.serviceId(), a.servicePointCode(), a.nameTh(), a.nameEn()));
        assertEquals(new QueueReport.Counts(7, 4, 1, 1, 0, 1), a.figures().counts());
        assertEquals(100 / 7.0, a.figures().priority().percent(), EXACT);
        assertDurations(a.figures().waitMinutes(), 5, 28, 27, 43.2);
        assertDurations(a.figures().serviceMinutes(), 4, 4.5, 4.5, 5.7);
        assertEquals(5, a.figures().standardMinutes());
        assertEquals(new QueueReport.WithinStandard(4, 3, 75.0), a.figures().withinStandard());
        assertEquals(94 / 5.0, a.figures().estimate().meanAbsoluteError(), EXACT);

        Figures b = report.services().get(1).figures();
        assertEquals(new QueueReport.Counts(1, 1, 0, 0, 0, 0), b.counts());
        assertEquals(0.0, b.priority().percent(), EXACT);
        assertDurations(b.waitMinutes(), 1, 49, 49, 49);
        assertDurations(b.serviceMinutes(), 1, 10, 10, 10);
        assertNull(b.standardMinutes());
        assertNull(b.withinStandard());
        assertEquals(-49, b.estimate().meanSignedError(), EXACT);

        // newest first
        assertEquals(2, report.callsOutOfOrder().count());
        assertEquals(List.of(
                new OutOfOrderCall(T0.plus(Duration.ofMinutes(50)), site.code(), 1, fixtures.numberOf(a5),
                        "เรียกซ้ำตามที่ผู้รับบริการขอ"),
                new OutOfOrderCall(T0.plus(Duration.ofMinutes(30)), site.code(), 1, fixtures.numberOf(a4), REASON)),
                report.callsOutOfOrder().latest());
    }

    @Test
    void aTicketIssuedAtFromIsInAndOneAtToIsOut() {
        Instant from = T0.plus(Duration.ofDays(1));
        begin(from);
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issuedAt(site, 0, "A", "NORMAL", 0);
        issuedAt(site, 30, "A", "MONK", 5);

        QueueReport report = statistics.of(from, from.plus(Duration.ofMinutes(30)), site.id());

        assertEquals(new QueueReport.Counts(1, 0, 0, 0, 0, 1), report.total().counts());
        assertEquals(0, report.total().priority().count());
        assertEquals(new QueueReport.Counts(2, 0, 0, 0, 0, 2),
                statistics.of(from, from.plus(Duration.ofMinutes(31)), site.id()).total().counts());
        assertEquals(new QueueReport.Counts(1, 0, 0, 0, 0, 1), statistics
                .of(from.plus(Duration.ofMinutes(1)), from.plus(Duration.ofMinutes(31)), site.id()).total().counts());
    }

    @Test
    void afterTheDayEndANoShowIsStillANoShowAndACancellationStillACancellation() {
        Instant closedDay = Instant.parse("2032-03-10T03:00:00Z");
        begin(closedDay);
        Site site = fixtures.site().service("A").counter(1, "A").create();
        long marked = issuedAt(site, 0, "A", "NORMAL", 0);
        long leftCalled = issuedAt(site, 1, "A", "NORMAL", 5);
        long cancelled = issuedAt(site, 2, "A", "NORMAL", 10);
        issuedAt(site, 3, "A", "NORMAL", 15); // waits until closing
        openCounter(site, 1);
        called(site, 10, marked);
        act(site, 1, marked, "no-show").statusCode(200);
        act(site, 1, cancelled, "cancel").statusCode(200);
        called(site, 20, leftCalled);
        // 00:10 in Bangkok the next day: the day end cancels all three that were left open
        clock.set("2032-03-10T17:10:00Z");
        dayEnd.closePastDays();

        QueueReport report = statistics.of(closedDay, closedDay.plus(Duration.ofDays(1)), site.id());

        assertEquals(new QueueReport.Counts(4, 0, 2, 1, 1, 0), report.total().counts());
        assertEquals(List.of("CANCELLED", "CANCELLED", "CANCELLED"),
                List.of(fixtures.statusOf(marked), fixtures.statusOf(leftCalled), fixtures.statusOf(cancelled)));
    }

    @Test
    void theAgencySumsItsServicePointsAndAServicePointOnlyItself() {
        clock.set(AGENCY_DAY);
        Site north = fixtures.site().service("A", 5).counter(1, "A").create();
        Site south = fixtures.site().service("A", 5).counter(1, "A").create();
        issue(north, "A");
        issue(north, "A", "PREGNANT");
        issue(south, "A");
        openCounter(south, 1);
        clock.set(AGENCY_DAY.plus(Duration.ofMinutes(7)));
        callNext(south, 1);
        Instant from = AGENCY_DAY.minus(Duration.ofHours(10));
        Instant to = from.plus(Duration.ofDays(1));

        QueueReport agency = statistics.of(from, to, null);
        QueueReport northOnly = statistics.of(from, to, north.id());

        assertEquals(new QueueReport.Counts(3, 0, 0, 0, 0, 3), agency.total().counts());
        assertEquals(100 / 3.0, agency.total().priority().percent(), EXACT);
        assertDurations(agency.total().waitMinutes(), 1, 7, 7, 7);
        assertEquals(List.of(north.code(), south.code()).stream().sorted().toList(),
                agency.services().stream().map(ServiceFigures::servicePointCode).sorted().toList());
        assertEquals(new QueueReport.Counts(2, 0, 0, 0, 0, 2), northOnly.total().counts());
        assertEquals(50.0, northOnly.total().priority().percent(), EXACT);
        assertEquals(0, northOnly.total().waitMinutes().n());
        assertNull(northOnly.total().waitMinutes().mean());
        assertEquals(List.of(north.code()),
                northOnly.services().stream().map(ServiceFigures::servicePointCode).toList());
    }

    @Test
    void aPeriodWithoutTicketsHasZerosAndNoMeans() {
        Site site = fixtures.site().service("A", 5).create();

        QueueReport report = statistics.of(T0, T0.plus(Duration.ofDays(1)), site.id());

        assertEquals(new QueueReport.Counts(0, 0, 0, 0, 0, 0), report.total().counts());
        assertNull(report.total().priority().percent());
        assertDurations(report.total().serviceMinutes(), 0, null, null, null);
        assertNull(report.total().withinStandard());
        assertEquals(0, report.total().estimate().n());
        assertEquals(List.of(), report.services());
        assertEquals(0, report.callsOutOfOrder().count());
    }

    /** Issues a ticket {@code minute} minutes after the start and checks the estimate it was given. */
    private long issuedAt(Site site, int minute, String service, String priority, int estimate) {
        at(minute);
        JsonPath issued = issue(site, service, priority);
        assertEquals(estimate, issued.getInt("estimatedWaitMinutes"));
        return issued.getLong("id");
    }

    private void serve(Site site, int minute, long ticket, int serviceMinutes) {
        called(site, minute, ticket);
        startAndComplete(site, ticket, serviceMinutes);
    }

    private void called(Site site, int minute, long ticket) {
        at(minute);
        assertEquals(ticket, callNext(site, 1).getLong("id"));
    }

    private void calledOutOfOrder(Site site, int minute, long ticket, String reason) {
        at(minute);
        clerkOf(site, 1).body(Map.of("reason", reason))
                .post("/api/v1/counters/{id}/tickets/{ticketId}/call", site.counter(1), ticket).then().statusCode(200);
    }

    private void startAndComplete(Site site, long ticket, int serviceMinutes) {
        act(site, 1, ticket, "start").statusCode(200);
        clock.advance(Duration.ofMinutes(serviceMinutes));
        act(site, 1, ticket, "complete").statusCode(200);
    }

    private void begin(Instant at) {
        start = at;
        clock.set(at);
    }

    private void at(int minute) {
        clock.set(start.plus(Duration.ofMinutes(minute)));
    }

    private static void assertDurations(Durations durations, long n, Number mean, Number median, Number p90) {
        assertEquals(n, durations.n());
        assertClose(mean, durations.mean(), EXACT);
        assertClose(median, durations.median(), HISTOGRAM);
        assertClose(p90, durations.p90(), HISTOGRAM);
    }

    private static void assertClose(Number expected, Double actual, double within) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(expected.doubleValue(), actual, within);
        }
    }
}
