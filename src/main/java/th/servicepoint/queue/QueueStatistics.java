package th.servicepoint.queue;

import java.time.Instant;
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
 * service and in total (one pass, {@code grouping sets}), and the calls out of order from the audit trail.
 * <p>
 * A ticket belongs to the period by {@code issued_at}. Wait = {@code called_at − queued_at} of tickets that were
 * called (the last call when a no-show was reactivated; {@code queued_at} is the arrival, kept on transfer). Service
 * time = {@code finished_at − serving_started_at} of DONE tickets. A service's standard time is the sum of its published
 * steps.
 * <p>
 * The day end cancels what a business day left open ({@link DayEnd}, audit action {@code EXPIRE}), so by report time
 * a no-show is a cancelled ticket. Such a ticket counts as a no-show when it had been called (marked no-show, or
 * called and never served), as never called when it waited until closing, and only a clerk's or citizen's
 * cancellation counts as cancelled. Looking for the {@code EXPIRE} row ({@code audit_entry_ticket}) is done for
 * cancelled tickets only. Calls out of order belong to the period by the time of the call, which is on the business day of the
 * ticket
 * (a past day's ticket cannot be called), so for periods bounded at Bangkok midnight they are the calls of the period's
 * tickets.
 * <p>
 * Indexes (V7, V12): {@code ticket_issued (issued_at, service_point_id)} selects the period's tickets for one service
 * point or all of them; {@code audit_entry_out_of_order (at)}, partial on the action, finds the calls out of order
 * without reading the rest of the audit trail; {@code audit_entry_expired (ticket_id)}, partial too, answers whether a
 * cancelled ticket expired without scanning every audit row.
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
        List<Tuple> rows = tuples(rows(FIGURES, from, to, servicePointId));
        // without tickets the grand total is still one row, of zeros and nulls
        Figures total = figures(rows.get(0));
        List<ServiceFigures> services = rows.subList(1, rows.size()).stream().map(QueueStatistics::service).toList();
        return new QueueReport(from, to, servicePointId, total, services, outOfOrder(from, to, servicePointId));
    }

    private OutOfOrderCalls outOfOrder(Instant from, Instant to, Long servicePointId) {
        List<Tuple> rows = tuples(rows(OUT_OF_ORDER, from, to, servicePointId).setParameter("listed", LISTED));
        List<OutOfOrderCall> latest = rows.stream().map(row -> new OutOfOrderCall(row.get("at", Instant.class),
                row.get("service_point_code", String.class), row.get("counter_number", Integer.class),
                row.get("ticket_number", String.class), row.get("reason", String.class))).toList();
        return new OutOfOrderCalls(rows.isEmpty() ? 0 : count(rows.get(0), "calls"), latest);
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

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }

    private static long count(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    private static Double decimal(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }
}
