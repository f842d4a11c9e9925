package th.servicepoint.queue;

import static th.servicepoint.common.TupleFigures.count;
import static th.servicepoint.common.TupleFigures.decimal;
import static th.servicepoint.common.TupleFigures.percent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.common.SqlStatements;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.queue.QueueReport.Counts;
import th.servicepoint.queue.QueueReport.Durations;
import th.servicepoint.queue.QueueReport.EstimateAccuracy;
import th.servicepoint.queue.QueueReport.Figures;
import th.servicepoint.queue.QueueReport.OutOfOrderCall;
import th.servicepoint.queue.QueueReport.OutOfOrderCalls;
import th.servicepoint.queue.QueueReport.PriorityShare;
import th.servicepoint.queue.QueueReport.ServiceFigures;
import th.servicepoint.queue.QueueReport.WithinStandard;

/**
 * The queue figures of the executive report, aggregated in PostgreSQL: a half-year holds millions of tickets, so none
 * is loaded into Java. Two statements, in src/main/resources/report/sql/ and read by column name: the figures per
 * service and in total, with the number of calls out of order, and the latest calls out of order from the audit trail.
 * <p>
 * The figures of the whole days the daily tallies hold ({@link QueueDayFold}) come from the tallies, the rest from the
 * tickets, tallied the same way as the statements are read (queue-day-tickets.sql defines every figure once). A ticket
 * belongs to the period by {@code issued_at}, a call out of order by the time of the call. Counts and means are exact;
 * medians and 90th percentiles come from per-minute histograms, within half a minute (docs/report-method.md).
 * <p>
 * Indexes: {@code ticket_issued (issued_at, service_point_id)} (V7) selects the tickets of the days not in the
 * tallies, {@code queue_day_tally_day} and {@code queue_day_minutes_day} (V21) the tallies of a service point's days;
 * {@code audit_entry_out_of_order (at)}, partial on the action, lists the latest calls out of order without reading
 * the rest of the audit trail; {@code audit_entry_expired (ticket_id)} (V12) answers whether a cancelled ticket expired.
 */
@ApplicationScoped
public class QueueStatistics {

    /** At most this many calls out of order are listed; the count covers them all. */
    public static final int LISTED = 200;

    private static final List<Priority> PRIORITIES = Arrays.stream(Priority.values())
            .filter(priority -> priority != Priority.NORMAL).toList();

    private static final String FIGURES = SqlStatements.load("report/sql/queue-figures.sql");
    private static final String OUT_OF_ORDER = SqlStatements.load("report/sql/queue-out-of-order.sql");

    private final EntityManager entityManager;

    QueueStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The queue figures of the tickets issued in [from, to) at a service point, or the agency when it is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueReport of(Instant from, Instant to, Long servicePointId) {
        LocalDate tallyFrom = firstWholeDay(from);
        LocalDate tallyTo = LocalDate.ofInstant(to, ThaiDates.BANGKOK);
        List<Tuple> rows = tuples(rows(FIGURES, from, to, servicePointId).setParameter("tallyFrom", tallyFrom)
                .setParameter("tallyTo", tallyTo.isBefore(tallyFrom) ? tallyFrom : tallyTo));
        // without tickets the grand total is still one row, of zeros and nulls
        Figures total = figures(rows.get(0));
        List<ServiceFigures> services = rows.subList(1, rows.size()).stream().map(QueueStatistics::service).toList();
        return new QueueReport(from, to, servicePointId, total, services,
                new OutOfOrderCalls(count(rows.get(0), "calls_out_of_order"), latestOutOfOrder(from, to, servicePointId)));
    }

    /** The Bangkok day that starts at {@code from}, or the next one when {@code from} is not a midnight. */
    private static LocalDate firstWholeDay(Instant from) {
        LocalDate day = LocalDate.ofInstant(from, ThaiDates.BANGKOK);
        return day.atStartOfDay(ThaiDates.BANGKOK).toInstant().equals(from) ? day : day.plusDays(1);
    }

    private List<OutOfOrderCall> latestOutOfOrder(Instant from, Instant to, Long servicePointId) {
        List<Tuple> rows = tuples(rows(OUT_OF_ORDER, from, to, servicePointId).setParameter("listed", LISTED));
        return rows.stream().map(row -> new OutOfOrderCall(row.get("at", Instant.class),
                row.get("service_point_code", String.class), row.get("counter_number", Integer.class),
                row.get("ticket_number", String.class), row.get("reason", String.class))).toList();
    }

    private Query rows(String sql, Instant from, Instant to, Long servicePointId) {
        return entityManager.createNativeQuery(sql, Tuple.class).setParameter("from", from).setParameter("to", to)
                .setParameter("servicePoint", servicePointId);
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }

    private static ServiceFigures service(Tuple row) {
        return new ServiceFigures(count(row, "service_id"), row.get("service_point_code", String.class),
                row.get("prefix", String.class), row.get("name_th", String.class), row.get("name_en", String.class),
                figures(row));
    }

    private static Figures figures(Tuple row) {
        long issued = count(row, "issued");
        Counts counts = new Counts(issued, count(row, "served"), count(row, "no_show"), count(row, "cancelled"),
                count(row, "never_called"), count(row, "still_open"));
        Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        PRIORITIES.forEach(
                priority -> byPriority.put(priority, count(row, "priority_" + priority.name().toLowerCase(Locale.ROOT))));
        long prioritized = byPriority.values().stream().mapToLong(Long::longValue).sum();
        PriorityShare priority = new PriorityShare(prioritized, percent(prioritized, issued), byPriority);
        Durations wait = durations(row, "wait");
        Durations service = durations(row, "service");
        Number standard = row.get("standard", Number.class);
        Integer standardMinutes = standard == null || row.get("total", Boolean.class) ? null : standard.intValue();
        long standardN = count(row, "standard_n");
        long within = count(row, "within_standard");
        WithinStandard withinStandard = standard == null ? null
                : new WithinStandard(standardN, within, percent(within, standardN));
        EstimateAccuracy estimate = new EstimateAccuracy(wait.n(), decimal(row, "estimate_mae"),
                decimal(row, "estimate_within"), decimal(row, "estimate_signed"));
        return new Figures(counts, priority, wait, service, standardMinutes, withinStandard, estimate);
    }

    /** The {@code <name>_n}, {@code _mean}, {@code _median} and {@code _p90} columns. */
    private static Durations durations(Tuple row, String name) {
        return new Durations(count(row, name + "_n"), decimal(row, name + "_mean"), decimal(row, name + "_median"),
                decimal(row, name + "_p90"));
    }
}
