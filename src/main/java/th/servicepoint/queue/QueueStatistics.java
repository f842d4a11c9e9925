package th.servicepoint.queue;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
 * is loaded into Java. Two statements: the figures per service and in total (one pass, {@code grouping sets}), and the
 * calls out of order from the audit trail.
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

    private static final String FIGURES = """
            with t as (
                select t.service_id, t.priority, t.status, t.estimated_wait_minutes estimate, st.minutes standard,
                    t.called_at is not null was_called,
                    case when t.status <> 'CANCELLED' then false else exists (select 1 from audit_entry a
                        where a.ticket_id = t.id and a.action = 'EXPIRE') end expired,
                    cast(extract(epoch from t.called_at - t.queued_at) as double precision) / 60 wait,
                    case when t.status = 'DONE' then cast(extract(epoch from t.finished_at - t.serving_started_at)
                        as double precision) / 60 end service_time
                from ticket t
                left join (select service_id, sum(standard_minutes) minutes from service_step group by service_id) st
                    on st.service_id = t.service_id
                where t.issued_at >= :from and t.issued_at < :to
                    and (cast(:servicePoint as bigint) is null or t.service_point_id = :servicePoint)
            ), figures as (
                select service_id, grouping(service_id) = 1 total, count(*) issued,
                    count(*) filter (where status = 'DONE') served,
                    count(*) filter (where status = 'NO_SHOW' or expired and was_called) no_show,
                    count(*) filter (where status = 'CANCELLED' and not expired) cancelled,
                    count(*) filter (where expired and not was_called) never_called,
                    count(*) filter (where status in ('WAITING', 'CALLED', 'SERVING')) still_open,
                    %s,
                    count(wait) wait_n, avg(wait) wait_mean,
                    percentile_cont(0.5) within group (order by wait) wait_median,
                    percentile_cont(0.9) within group (order by wait) wait_p90,
                    count(service_time) service_n, avg(service_time) service_mean,
                    percentile_cont(0.5) within group (order by service_time) service_median,
                    percentile_cont(0.9) within group (order by service_time) service_p90,
                    max(standard) standard,
                    count(service_time) filter (where standard is not null) standard_n,
                    count(*) filter (where service_time <= standard) within_standard,
                    avg(abs(estimate - wait)) estimate_mae,
                    avg(case when abs(estimate - wait) <= 5 then 100.0 when wait is not null then 0 end) estimate_within,
                    avg(estimate - wait) estimate_signed
                from t group by grouping sets ((service_id), ())
            )
            select f.*, p.code, cast(s.prefix as varchar) prefix, s.name_th, s.name_en
            from figures f
            left join service s on s.id = f.service_id
            left join service_point p on p.id = s.service_point_id
            order by f.total desc, p.code, s.prefix
            """.formatted(PRIORITIES.stream()
            .map(priority -> "count(*) filter (where priority = '" + priority.name() + "')")
            .collect(Collectors.joining(", ")));

    private static final String OUT_OF_ORDER = """
            select a.at, p.code, k.number counter_number, t.number ticket_number, a.reason, count(*) over () calls
            from audit_entry a
            join service_point p on p.id = a.service_point_id
            join ticket t on t.id = a.ticket_id
            left join counter k on k.id = a.counter_id
            where a.action = 'CALL_OUT_OF_ORDER' and a.at >= :from and a.at < :to
                and (cast(:servicePoint as bigint) is null or a.service_point_id = :servicePoint)
            order by a.at desc, a.id desc
            limit %d
            """.formatted(LISTED);

    private final EntityManager entityManager;

    QueueStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The queue figures of the tickets issued in [from, to) at a service point, or the agency when it is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueReport of(Instant from, Instant to, Long servicePointId) {
        List<Object[]> rows = rows(FIGURES, from, to, servicePointId);
        // without tickets the grand total is still one row, of zeros and nulls
        Figures total = figures(rows.get(0));
        List<ServiceFigures> services = rows.subList(1, rows.size()).stream().map(QueueStatistics::service).toList();
        return new QueueReport(from, to, servicePointId, total, services, outOfOrder(from, to, servicePointId));
    }

    private OutOfOrderCalls outOfOrder(Instant from, Instant to, Long servicePointId) {
        List<Object[]> rows = rows(OUT_OF_ORDER, from, to, servicePointId);
        List<OutOfOrderCall> latest = rows.stream().map(row -> new OutOfOrderCall((Instant) row[0],
                (String) row[1], (Integer) row[2], (String) row[3], (String) row[4])).toList();
        return new OutOfOrderCalls(rows.isEmpty() ? 0 : number(rows.get(0)[5]).longValue(), latest);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant from, Instant to, Long servicePointId) {
        return entityManager.createNativeQuery(sql).setParameter("from", from).setParameter("to", to)
                .setParameter("servicePoint", servicePointId).getResultList();
    }

    private static ServiceFigures service(Object[] row) {
        int names = row.length - 4;
        return new ServiceFigures(number(row[0]).longValue(), (String) row[names], (String) row[names + 1],
                (String) row[names + 2], (String) row[names + 3], figures(row));
    }

    /** Reads the columns of {@code figures} in their order: service_id, total, counts, priorities, durations, ... */
    private static Figures figures(Object[] row) {
        Columns c = new Columns(row, 2);
        long issued = c.count();
        Counts counts = new Counts(issued, c.count(), c.count(), c.count(), c.count(), c.count());
        Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        PRIORITIES.forEach(priority -> byPriority.put(priority, c.count()));
        long prioritized = byPriority.values().stream().mapToLong(Long::longValue).sum();
        PriorityShare priority = new PriorityShare(prioritized, percent(prioritized, issued), byPriority);
        Durations wait = new Durations(c.count(), c.decimal(), c.decimal(), c.decimal());
        Durations service = new Durations(c.count(), c.decimal(), c.decimal(), c.decimal());
        Number standard = c.next();
        Integer standardMinutes = standard == null || (Boolean) row[1] ? null : standard.intValue();
        long standardN = c.count();
        long within = c.count();
        WithinStandard withinStandard = standard == null ? null
                : new WithinStandard(standardN, within, percent(within, standardN));
        EstimateAccuracy estimate = new EstimateAccuracy(wait.n(), c.decimal(), c.decimal(), c.decimal());
        return new Figures(counts, priority, wait, service, standardMinutes, withinStandard, estimate);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    /** Reads a row's columns one after the other. */
    private static final class Columns {
        private final Object[] row;
        private int next;

        Columns(Object[] row, int first) {
            this.row = row;
            this.next = first;
        }

        Number next() {
            return number(row[next++]);
        }

        long count() {
            return next().longValue();
        }

        Double decimal() {
            Number value = next();
            return value == null ? null : value.doubleValue();
        }
    }
}
