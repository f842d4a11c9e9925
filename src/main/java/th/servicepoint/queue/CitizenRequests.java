package th.servicepoint.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;

/**
 * What a citizen asks of their own waiting ticket from afar (the companion's LINE quick replies): a few more minutes,
 * or to leave the queue. The companion has made sure the asker follows the ticket; the audit row says through what.
 */
@ApplicationScoped
public class CitizenRequests {

    /** The waiting tickets of the same service and day behind one, in calling order. */
    private static final String BEHIND = """
            select t.queued_at from ticket t where t.service_id = :service and t.business_day = :day
            and t.status = 'WAITING' and (t.queued_at, t.id) > (:queuedAt, :id) order by t.queued_at, t.id limit :places
            """;

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final QueueEvents events;
    private final Clock clock;

    CitizenRequests(EntityManager entityManager, AuditTrail audit, QueueEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What "a few more minutes" did: how many tickets now go first that would have gone after it. */
    public record MoreTime(String number, int movedBack) {
    }

    /**
     * Moves a waiting ticket back behind the next {@code places} tickets of its service (fewer when fewer wait behind
     * it), once per ticket. It goes behind them by taking a queue time just after the last one's, so every ordering
     * of the queue (calling, people ahead, estimates) agrees; the wait the reports count starts from there, since the
     * time the citizen asked for is not the agency's delay (docs/report-method.md).
     */
    @Transactional
    public MoreTime moreTime(long ticketId, int places, String via) {
        Ticket ticket = TicketActions.lockTicket(ticketId);
        requireWaiting(ticket, "ขอเวลาเพิ่ม", "ask for more time");
        if (ticket.moreTimeAt != null) {
            throw ProblemException.conflict("MORE_TIME_USED",
                    "บัตรคิว " + ticket.number + " ขอเวลาเพิ่มไปแล้ว ขอได้ครั้งเดียวต่อบัตรคิว",
                    "Ticket " + ticket.number + " has already had more time; it can be asked once per ticket");
        }
        @SuppressWarnings("unchecked")
        List<Instant> behind = entityManager.createNativeQuery(BEHIND, Instant.class)
                .setParameter("service", ticket.service.id).setParameter("day", ticket.businessDay)
                .setParameter("queuedAt", ticket.queuedAt).setParameter("id", ticket.id)
                .setParameter("places", places).getResultList();
        if (!behind.isEmpty()) {
            // a microsecond: what PostgreSQL's timestamps keep
            ticket.queuedAt = behind.get(behind.size() - 1).plusNanos(1_000);
        }
        ticket.moreTimeAt = clock.instant();
        audit.ticket("MORE_TIME", ticket.servicePoint.id, ticket.id, null, null,
                "moved back " + behind.size() + " places, asked through " + via);
        events.ticket(QueueEventType.MORE_TIME, ticket, null);
        return new MoreTime(ticket.number, behind.size());
    }

    /** Takes a waiting ticket out of the queue at its citizen's word; it counts as cancelled by the citizen. */
    @Transactional
    public String cancel(long ticketId, String via) {
        Ticket ticket = TicketActions.lockTicket(ticketId);
        requireWaiting(ticket, "ยกเลิก", "cancel");
        ticket.cancel(clock.instant());
        audit.ticket("CANCEL", ticket.servicePoint.id, ticket.id, null, "citizen", "cancelled through " + via);
        events.ticket(QueueEventType.CANCELLED, ticket, null);
        return ticket.number;
    }

    /** Only a waiting ticket: one already called is the clerk's to handle, at the counter. */
    private static void requireWaiting(Ticket ticket, String actionTh, String action) {
        if (ticket.status != TicketStatus.WAITING) {
            throw ProblemException.conflict("TICKET_STATE",
                    "บัตรคิว " + ticket.number + " อยู่ในสถานะ " + TicketStatusText.thai(ticket.status) + " จึง"
                            + actionTh + "ไม่ได้",
                    "Ticket " + ticket.number + " is " + ticket.status + ", so it cannot " + action);
        }
    }
}
