package th.servicepoint.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import io.micrometer.core.instrument.Tags;

/**
 * The queue gauges' reading of the database at one instant, keyed by the gauges' tags: every active service with its
 * tickets waiting on today's business day (in the service point's time zone) and when the longest waiting of them
 * arrived, and every service point with its open counters.
 * <p>
 * One statement, whose cost grows with the number of services, not of tickets: the waiting count is the row
 * {@code ticket_sequence} keeps by trigger (V2), the oldest ticket one probe of the partial index {@code ticket_waiting},
 * the open counters a look-up by service point.
 */
record QueueSnapshot(Instant readAt, Map<Tags, ServiceQueue> services, Map<Tags, Integer> openCounters) {

    static final QueueSnapshot NONE = new QueueSnapshot(null, Map.of(), Map.of());

    /** A service's queue: {@code oldestQueuedAt} is null when nobody waits. */
    record ServiceQueue(int waiting, Instant oldestQueuedAt) {
    }

    private static final String READ = """
            select sp.code service_point_code, cast(s.prefix as varchar) prefix, coalesce(q.waiting, 0) waiting,
                cast(extract(epoch from w.queued_at) * 1000 as bigint) oldest_millis, c.open_counters
            from service_point sp
            cross join lateral (select cast((cast(:now as timestamptz) at time zone sp.time_zone) as date) today) d
            cross join lateral (select count(*) open_counters from counter k
                where k.service_point_id = sp.id and k.status = 'OPEN') c
            left join service s on s.service_point_id = sp.id and s.active
            left join ticket_sequence q on q.service_id = s.id and q.business_day = d.today
            left join lateral (select t.queued_at from ticket t
                where t.service_id = s.id and t.business_day = d.today and t.status = 'WAITING'
                order by t.queued_at, t.id limit 1) w on true
            """;

    /** Reads the queue as it is at {@code now}; the caller holds a transaction. */
    static QueueSnapshot read(EntityManager entityManager, Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(READ, Tuple.class).setParameter("now", now).getResultList();
        Map<Tags, ServiceQueue> services = new HashMap<>();
        Map<Tags, Integer> openCounters = new HashMap<>();
        for (Tuple row : rows) {
            Tags servicePoint = Tags.of("service_point", row.get("service_point_code", String.class));
            openCounters.put(servicePoint, row.get("open_counters", Number.class).intValue());
            String prefix = row.get("prefix", String.class);
            if (prefix != null) {
                Number oldestMillis = row.get("oldest_millis", Number.class);
                Instant oldest = oldestMillis == null ? null : Instant.ofEpochMilli(oldestMillis.longValue());
                services.put(servicePoint.and("service", prefix),
                        new ServiceQueue(row.get("waiting", Number.class).intValue(), oldest));
            }
        }
        return new QueueSnapshot(now, services, openCounters);
    }
}
