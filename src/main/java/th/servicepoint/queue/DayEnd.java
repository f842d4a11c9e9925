package th.servicepoint.queue;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import th.servicepoint.common.RunsIn;

/**
 * Closes the tickets a business day left open: tickets still waiting, called or no-show after the day ended at their
 * service point are cancelled, with an audit row each, so yesterday's queue neither blocks today's counters nor
 * counts as waiting in reports. Tickets being served are left for the clerk to complete. One statement, so several
 * instances running it at once cancel each ticket once; screens get a cancelled event for each.
 */
@ApplicationScoped
public class DayEnd {

    private static final Logger LOG = Logger.getLogger(DayEnd.class);

    private static final String EXPIRE = """
            with expired as (
                update ticket t set status = 'CANCELLED', finished_at = :now
                from service_point sp
                where sp.id = t.service_point_id and t.status in ('WAITING', 'CALLED', 'NO_SHOW')
                  and t.business_day < cast((cast(:now as timestamptz) at time zone sp.time_zone) as date)
                returning t.id, t.service_point_id, t.counter_id)
            insert into audit_entry (at, actor, action, service_point_id, counter_id, ticket_id, reason)
            select :now, 'system', 'EXPIRE', service_point_id, counter_id, id, 'business day ended'
            from expired
            returning ticket_id
            """;

    /** Tickets read at once to tell their screens, instead of one query each. */
    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final QueueEvents events;
    private final Clock clock;

    DayEnd(EntityManager entityManager, QueueEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "{servicepoint.queue.day-end-cron}", timeZone = "Asia/Bangkok", identity = "day-end")
    @Transactional
    // an installation of many agencies may close thousands of tickets, each telling its screens: not in 60 s
    @TransactionConfiguration(timeout = 1800)
    @RunsIn(RunsIn.Where.INSTALLATION)
    public void closePastDays() {
        @SuppressWarnings("unchecked")
        List<Number> expired = entityManager.createNativeQuery(EXPIRE).setParameter("now", clock.instant())
                .getResultList();
        List<Long> ids = expired.stream().map(Number::longValue).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            Ticket.<Ticket> list("id in ?1", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .forEach(ticket -> events.ticket(QueueEventType.CANCELLED, ticket, null));
        }
        if (!expired.isEmpty()) {
            LOG.infof("Cancelled %d tickets left open by past business days", expired.size());
        }
    }
}
