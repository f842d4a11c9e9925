package th.servicepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.common.SqlStatements;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.queue.QueueReport.Durations;
import th.servicepoint.queue.QueueReport.Figures;
import th.servicepoint.queue.QueueReport.ServiceFigures;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The report's queue figures from the daily tallies are the figures from the tickets: four business days of tickets
 * made through the API (served, no-show, cancelled, left called, never called, called out of order, one still being
 * served after its day ended), folded, and compared with the exact statement over the raw rows (the report's before the
 * tallies, test resource queue/raw-queue-figures.sql). Counts, means and within-standard shares must be equal;
 * medians and 90th percentiles within {@link #HISTOGRAM} (docs/report-method.md), no more.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class QueueDayTalliesTest {

    /** Monday 2034-05-08 … Thursday 2034-05-11, Asia/Bangkok; no other test uses these days. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2034, 5, 8);
    private static final int DAYS = 4;
    /** Sums of doubles added in another order. */
    private static final double EXACT = 1e-9;
    /** A percentile from per-minute histograms: each duration counts as the middle of its minute. */
    private static final double HISTOGRAM = 0.5;
    private static final String RAW = SqlStatements.load("queue/raw-queue-figures.sql");
    private static final String[] SERVICES = { "A", "B", "C", "A", "B", "A", "C", "B", "A", "A" };

    /** The test's day 0; a test of its own days sets it first. */
    private LocalDate firstDay = FIRST_DAY;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    QueueStatistics statistics;
    @Inject
    QueueDayFold fold;
    @Inject
    DayEnd dayEnd;
    @Inject
    EntityManager entityManager;

    /** The fold marks every service point; other tests' days are not theirs to read from tallies. */
    @AfterEach
    void forgetTheFold() {
        QuarkusTransaction.requiringNew()
                .run(() -> List.of("queue_month_minutes", "queue_month_fold", "queue_day_minutes", "queue_day_tally",
                        "queue_fold")
                        .forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate()));
    }

    @Test
    void theTalliesGiveTheFiguresOfTheTickets() {
        // A publishes 5 minutes, B 3 + 4, C nothing; counter 3 serves A and C only
        Site site = fixtures.site().service("A", 5).service("B", 3, 4).service("C").counter(1, "A", "B", "C")
                .counter(2, "A", "B", "C").counter(3, "A", "C").create();
        Long servingPastDayEnd = null;
        for (int day = 0; day < DAYS; day++) {
            if (day > 0) {
                clock.set(start(day).plus(Duration.ofMinutes(10))); // 00:10, after the day end
                dayEnd.closePastDays();
            }
            if (day == 2) {
                // the fold the night before found yesterday's ticket still being served: read from the tickets
                clock.set(at(day, -60));
                assertTrue(fold.foldEndedDays() > 0);
                compare(site, start(0), start(DAYS));
                clock.set(at(day, -50));
                act(site, 2, servingPastDayEnd, "complete").statusCode(200);
                compare(site, start(0), start(DAYS));
            }
            servingPastDayEnd = businessDay(site, day, servingPastDayEnd);
        }
        // today (the last day) is not folded: its tickets are read raw, the three days before from the tallies; a
        // second fold in a row counts nothing twice
        fold.foldEndedDays();
        fold.foldEndedDays();
        assertFolded(site, FIRST_DAY.plusDays(DAYS - 2));

        compare(site, start(0), start(DAYS));
        // a period that starts and ends inside a day reads those part days from the tickets
        compare(site, at(0, 3), at(DAYS - 1, 3));
        compareCells(site, start(0), start(DAYS - 1));
    }

    /**
     * June 2034 ends on a Friday. Its last two business days are folded, the second with a ticket still being served
     * past the day end, so June is not closed and its figures come from its days; once that ticket is completed and
     * the day folded again, June is closed into its month histogram, and the figures are the same.
     */
    @Test
    void aClosedMonthIsReadFromItsMonthHistogram() {
        firstDay = LocalDate.of(2034, 6, 29);
        Site site = fixtures.site().service("A", 5).service("B", 3, 4).service("C").counter(1, "A", "B", "C")
                .counter(2, "A", "B", "C").counter(3, "A", "C").create();
        Long serving = null;
        for (int day = 0; day < 2; day++) {
            if (day > 0) {
                clock.set(start(day).plus(Duration.ofMinutes(10)));
                dayEnd.closePastDays();
            }
            serving = businessDay(site, day, serving);
        }
        Instant june = LocalDate.of(2034, 6, 1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
        clock.set(start(2).plus(Duration.ofMinutes(10)));
        dayEnd.closePastDays();
        fold.foldEndedDays();
        assertEquals(0, closedMonths(site), "30 June has a ticket still being served");
        compare(site, june, start(2));

        act(site, 2, serving, "complete").statusCode(200);
        clock.set(start(3).plus(Duration.ofMinutes(10)));
        fold.foldEndedDays();
        fold.foldEndedDays();
        assertEquals(1, closedMonths(site));
        List<String> days = histogram(site, "queue_day_minutes");
        assertFalse(days.isEmpty());
        assertEquals(days, histogram(site, "queue_month_minutes"), "the month holds the sum of its days");
        compare(site, june, start(3));
        // a period from inside June reads June's days
        compare(site, start(1), start(3));
    }

    /**
     * One business day: ten tickets of the three services from 10:00, one called out of order at counter 3, then
     * eight calls at counters 1 and 2 ending served, no-show or cancelled; on the first day one is left called, on the
     * second one is left being served (returned, to complete the next morning); one always waits until closing.
     */
    private Long businessDay(Site site, int day, Long servingPastDayEnd) {
        long lastA = 0;
        for (int i = 0; i < SERVICES.length; i++) {
            clock.set(at(day, 0).plusSeconds(37L * i));
            String priority = i % 4 == 1 ? "ELDERLY"
                    : i == 3 ? "MONK"
                            : i == 6 ? "DISABLED"
                                    : i == 8 ? "PREGNANT"
                                            : "NORMAL";
            long id = issue(site, SERVICES[i], priority).getLong("id");
            lastA = SERVICES[i].equals("A") ? id : lastA;
        }
        if (day == 0) {
            openCounter(site, 1);
            openCounter(site, 2);
            openCounter(site, 3);
        }
        clock.set(at(day, 6).plusSeconds(11L * day));
        clerkOf(site, 3).body(Map.of("reason", "ผู้รับบริการนัดหมายไว้ล่วงหน้า"))
                .post("/api/v1/counters/{id}/tickets/{ticketId}/call", site.counter(3), lastA).then().statusCode(200);
        serve(site, 3, lastA, 185 + 40 * day);
        Long serving = null;
        for (int step = 0; step < 8; step++) {
            int counter = 1 + step % 2;
            clock.set(at(day, 12 + 9 * step).plusSeconds(13L * step + 7L * day));
            long id = callNext(site, counter).getLong("id");
            boolean last = step >= 6;
            if (last && day == 0 && counter == 1) {
                continue; // left called: the day end makes it a no-show
            }
            if (last && day == 1 && counter == 2) {
                act(site, counter, id, "start").statusCode(200);
                serving = id; // still being served when the day ends
                continue;
            }
            switch ((step + day) % 5) {
                case 2 -> act(site, counter, id, "no-show").statusCode(200);
                case 4 -> act(site, counter, id, "cancel").statusCode(200);
                default -> serve(site, counter, id, 60 + 47 * step + 29 * day);
            }
        }
        return serving != null ? serving : servingPastDayEnd;
    }

    private void serve(Site site, int counter, long ticket, int seconds) {
        act(site, counter, ticket, "start").statusCode(200);
        clock.advance(Duration.ofSeconds(seconds));
        act(site, counter, ticket, "complete").statusCode(200);
    }

    /** The report's queue figures for [from, to) against the exact ones from the tickets. */
    private void compare(Site site, Instant from, Instant to) {
        QueueReport report = statistics.of(from, to, site.id());
        List<Tuple> raw = raw(from, to, site.id());
        assertFigures(raw.get(0), report.total());
        assertEquals(raw.get(0).get("calls_out_of_order", Number.class).longValue(), report.callsOutOfOrder().count());
        Map<Long, ServiceFigures> services = report.services().stream()
                .collect(Collectors.toMap(ServiceFigures::serviceId, Function.identity()));
        assertEquals(raw.size() - 1, services.size());
        for (Tuple row : raw.subList(1, raw.size())) {
            assertFigures(row, services.get(row.get("service_id", Number.class).longValue()).figures());
        }
        assertTrue(report.total().counts().issued() > 0);
    }

    private static void assertFigures(Tuple raw, Figures tallied) {
        QueueReport.Counts counts = tallied.counts();
        assertEquals(List.of(count(raw, "issued"), count(raw, "served"), count(raw, "no_show"), count(raw, "cancelled"),
                count(raw, "never_called"), count(raw, "still_open")),
                List.of(counts.issued(), counts.served(), counts.noShow(), counts.cancelled(), counts.neverCalled(),
                        counts.open()));
        for (Priority priority : Priority.values()) {
            if (priority != Priority.NORMAL) {
                assertEquals(count(raw, "priority_" + priority.name().toLowerCase(Locale.ROOT)),
                        (long) tallied.priority().byPriority().get(priority));
            }
        }
        assertDurations(raw, "wait", tallied.waitMinutes());
        assertDurations(raw, "service", tallied.serviceMinutes());
        if (tallied.withinStandard() == null) {
            assertNull(raw.get("standard"));
        } else {
            assertEquals(count(raw, "standard_n"), tallied.withinStandard().n());
            assertEquals(count(raw, "within_standard"), tallied.withinStandard().within());
        }
        assertClose(decimal(raw, "estimate_mae"), tallied.estimate().meanAbsoluteError(), EXACT);
        assertClose(decimal(raw, "estimate_within"), tallied.estimate().withinFiveMinutesPercent(), EXACT);
        assertClose(decimal(raw, "estimate_signed"), tallied.estimate().meanSignedError(), EXACT);
    }

    private static void assertDurations(Tuple raw, String name, Durations tallied) {
        assertEquals(count(raw, name + "_n"), tallied.n());
        assertClose(decimal(raw, name + "_mean"), tallied.mean(), EXACT);
        assertClose(decimal(raw, name + "_median"), tallied.median(), HISTOGRAM);
        assertClose(decimal(raw, name + "_p90"), tallied.p90(), HISTOGRAM);
    }

    /**
     * The tally's cells per counter and clerk for the folded days: tickets issued and served, waits and service times
     * (n and sum) by the ticket's last counter and clerk, calls out of order by the counter and clerk that made them.
     */
    private void compareCells(Site site, Instant from, Instant to) {
        String tallied = """
                select counter_id, clerk_id, sum(issued), sum(served), sum(wait_n), round(cast(sum(wait_sum) as numeric), 6),
                    sum(service_n), round(cast(sum(service_sum) as numeric), 6), sum(calls_out_of_order)
                from queue_day_tally
                where service_point_id = :servicePoint and day >= :fromDay and day < :toDay
                group by 1, 2
                """;
        String raw = """
                select counter_id, clerk_id, sum(issued), sum(served), sum(wait_n), round(cast(sum(wait_sum) as numeric), 6),
                    sum(service_n), round(cast(sum(service_sum) as numeric), 6), sum(calls)
                from (
                    select counter_id, clerk_id, count(*) issued, count(*) filter (where status = 'DONE') served,
                        count(called_at) wait_n, sum(extract(epoch from called_at - queued_at) / 60) wait_sum,
                        count(*) filter (where status = 'DONE') service_n,
                        sum(extract(epoch from finished_at - serving_started_at) / 60) filter (where status = 'DONE')
                            service_sum, 0 calls
                    from ticket where service_point_id = :servicePoint and issued_at >= :from and issued_at < :to
                    group by 1, 2
                    union all
                    select counter_id, user_id, 0, 0, 0, null, 0, null, count(*)
                    from audit_entry where action = 'CALL_OUT_OF_ORDER' and service_point_id = :servicePoint
                        and at >= :from and at < :to
                    group by 1, 2
                ) cells
                group by 1, 2
                """;
        Map<List<Object>, List<Object>> expected = cells(raw, site, from, to);
        assertEquals(expected, cells(tallied, site, from, to));
        assertTrue(expected.size() >= 3, "one cell per counter and clerk at least: " + expected);
    }

    private Map<List<Object>, List<Object>> cells(String sql, Site site, Instant from, Instant to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql, Tuple.class).setParameter("servicePoint", site.id());
            for (var parameter : query.getParameters()) {
                switch (parameter.getName()) {
                    case "from" -> query.setParameter("from", from);
                    case "to" -> query.setParameter("to", to);
                    case "fromDay" -> query.setParameter("fromDay", LocalDate.ofInstant(from, ThaiDates.BANGKOK));
                    case "toDay" -> query.setParameter("toDay", LocalDate.ofInstant(to, ThaiDates.BANGKOK));
                    default -> {
                    }
                }
            }
            @SuppressWarnings("unchecked")
            List<Tuple> rows = query.getResultList();
            return rows.stream().collect(Collectors.toMap(row -> Arrays.asList(row.get(0), row.get(1)),
                    row -> IntStream.range(2, 9).mapToObj(i -> (Object) String.valueOf(row.get(i)))
                            .toList()));
        });
    }

    private List<Tuple> raw(Instant from, Instant to, long servicePoint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = entityManager.createNativeQuery(RAW, Tuple.class).setParameter("from", from)
                    .setParameter("to", to).setParameter("servicePoint", servicePoint).getResultList();
            return rows;
        });
    }

    private long closedMonths(Site site) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from queue_month_fold where service_point_id = :id")
                .setParameter("id", site.id()).getSingleResult()).longValue());
    }

    /** The service point's histogram rows in {@code table}, summed by service, measure and minute. */
    private List<String> histogram(Site site, String table) {
        String sql = "select service_id, measure, minute, sum(tickets) from " + table
                + " where service_point_id = :id group by 1, 2, 3 order by 1, 2, 3";
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("id", site.id()).getResultList();
            return rows.stream().map(Arrays::toString).toList();
        });
    }

    private void assertFolded(Site site, LocalDate through) {
        Object folded = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select folded_through from queue_fold where service_point_id = :id")
                .setParameter("id", site.id()).getSingleResult());
        assertNotNull(folded);
        assertEquals(through, LocalDate.parse(folded.toString()));
    }

    /** Midnight (Asia/Bangkok) at the start of the test's day {@code day}. */
    private Instant start(int day) {
        return firstDay.plusDays(day).atStartOfDay(ThaiDates.BANGKOK).toInstant();
    }

    /** {@code minutes} after 10:00 (Asia/Bangkok) of the test's day {@code day}. */
    private Instant at(int day, int minutes) {
        return start(day).plus(Duration.ofHours(10).plusMinutes(minutes));
    }

    private static long count(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    private static Double decimal(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }

    private static void assertClose(Double expected, Double actual, double within) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertNotNull(actual);
            assertEquals(expected, actual, within);
        }
    }
}
