package th.servicepoint.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Estimates waits from what the queue did recently. For a service: minutes per ticket = the mean time from call to
 * completion of its last {@code estimate-sample-size} completed tickets within {@code estimate-lookback}; with fewer
 * than three such tickets, the published standard time (sum of the steps), else {@code fallback-service-minutes}.
 * A ticket's wait = people ahead × minutes per ticket ÷ open counters serving the service (at least one). Counters
 * that serve several services are counted for each: the estimate leans short when services share counters. The
 * number waiting per service and day is kept in {@code ticket_sequence.waiting} by a database trigger (V2 migration).
 */
@ApplicationScoped
public class WaitEstimator {

    static final int MIN_SAMPLES = 3;

    private static final String LOAD = """
            select s.id, w.waiting, c.open_counters, r.samples, r.mean_seconds, st.standard_minutes
            from service s
            cross join lateral (select coalesce(max(q.waiting), 0) waiting from ticket_sequence q
                where q.service_id = s.id and q.business_day = :day) w
            cross join lateral (select count(*) open_counters from counter_service cs
                join counter k on k.id = cs.counter_id where cs.service_id = s.id and k.status = 'OPEN') c
            cross join lateral (select count(*) samples, avg(extract(epoch from (d.finished_at - d.called_at))) mean_seconds
                from (select finished_at, called_at from ticket x
                      where x.service_id = s.id and x.status = 'DONE' and x.finished_at > :since
                      order by x.finished_at desc limit :samples) d) r
            cross join lateral (select coalesce(sum(p.standard_minutes), 0) standard_minutes
                from service_step p where p.service_id = s.id) st
            where s.service_point_id = :servicePoint and (cast(:service as bigint) is null or s.id = :service)
            """;

    private final EntityManager entityManager;
    private final QueueSettings settings;
    private final Clock clock;

    WaitEstimator(EntityManager entityManager, QueueSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** The load of every service of a service point on its business day, by service id. */
    public Map<Long, ServiceLoad> loads(long servicePointId, LocalDate businessDay) {
        return query(servicePointId, null, businessDay).stream()
                .collect(Collectors.toMap(ServiceLoad::serviceId, Function.identity()));
    }

    public ServiceLoad load(long servicePointId, long serviceId, LocalDate businessDay) {
        return query(servicePointId, serviceId, businessDay).get(0);
    }

    /** How many tickets of the same service are ahead of this waiting ticket. */
    public int peopleAhead(Ticket ticket) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from ticket t where t.service_id = :service and t.status = 'WAITING'
                and t.business_day = :day and (t.queued_at, t.id) < (:queuedAt, :id)
                """).setParameter("service", ticket.service.id).setParameter("day", ticket.businessDay)
                .setParameter("queuedAt", ticket.queuedAt).setParameter("id", ticket.id).getSingleResult())
                .intValue();
    }

    @SuppressWarnings("unchecked")
    private List<ServiceLoad> query(long servicePointId, Long serviceId, LocalDate businessDay) {
        List<Tuple> rows = entityManager.createNativeQuery(LOAD, Tuple.class)
                .setParameter("day", businessDay)
                .setParameter("since", clock.instant().minus(settings.estimateLookback()))
                .setParameter("samples", settings.estimateSampleSize())
                .setParameter("servicePoint", servicePointId)
                .setParameter("service", serviceId)
                .getResultList();
        return rows.stream().map(this::toLoad).toList();
    }

    private ServiceLoad toLoad(Tuple row) {
        int samples = row.get("samples", Number.class).intValue();
        double minutes;
        if (samples >= MIN_SAMPLES) {
            minutes = row.get("mean_seconds", Number.class).doubleValue() / 60.0;
        } else {
            int standard = row.get("standard_minutes", Number.class).intValue();
            minutes = standard > 0 ? standard : settings.fallbackServiceMinutes();
        }
        return new ServiceLoad(row.get("id", Number.class).longValue(), row.get("waiting", Number.class).intValue(),
                row.get("open_counters", Number.class).intValue(), minutes);
    }
}
