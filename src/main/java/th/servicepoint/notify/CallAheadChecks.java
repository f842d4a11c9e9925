package th.servicepoint.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.catalog.Service;
import th.servicepoint.common.RunsIn;
import th.servicepoint.queue.QueuePlaces;
import th.servicepoint.queue.Ticket;

/**
 * Call-ahead: tells a follower their turn is near, once. A queue change that can bring tickets nearer (a call, a
 * cancellation, a transfer, a counter opening) only marks its service point for a check, when anyone follows a ticket
 * there that day; the dispatcher then reads the places of all its waiting tickets at once, outside the clerk's
 * transaction, and queues the notices that have become due.
 */
@ApplicationScoped
class CallAheadChecks {

    private static final String REQUEST = """
            insert into call_ahead_check (service_point_id, business_day, requested_at)
            select :servicePoint, :day, :now where exists (select 1 from ticket_follower f
                where f.service_point_id = :servicePoint and f.business_day = :day and f.stopped_at is null)
            on conflict (service_point_id) do update set business_day = excluded.business_day,
                requested_at = excluded.requested_at
            """;

    /** Taken with {@code skip locked}: a check a queue change is writing again is left for the next round. */
    private static final String TAKE = """
            delete from call_ahead_check c where c.service_point_id in (
                select service_point_id from call_ahead_check order by requested_at limit :limit
                for update skip locked)
            returning c.service_point_id, c.business_day
            """;

    /** The followed tickets of a service point's day whose follower has not been told yet. */
    private static final String UNTOLD = """
            select distinct f.ticket_id from ticket_follower f
            where f.service_point_id = :servicePoint and f.business_day = :day and f.stopped_at is null
              and not exists (select 1 from notice n where n.follower_id = f.id and n.dedupe_key = 'CALL_AHEAD')
            """;

    private static final int CHECKS_PER_ROUND = 50;

    private final EntityManager entityManager;
    private final QueuePlaces places;
    private final NoticeWording wording;
    private final NoticeOutbox outbox;
    private final CompanionChannels channels;
    private final Clock clock;

    CallAheadChecks(EntityManager entityManager, QueuePlaces places, NoticeWording wording, NoticeOutbox outbox,
            CompanionChannels channels, Clock clock) {
        this.entityManager = entityManager;
        this.places = places;
        this.wording = wording;
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock;
    }

    /** Marks a service point's day for a check, in the transaction of the change; true when anyone follows there. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean request(long servicePointId, LocalDate day) {
        return entityManager.createNativeQuery(REQUEST).setParameter("servicePoint", servicePointId)
                .setParameter("day", day).setParameter("now", clock.instant()).executeUpdate() > 0;
    }

    /** A service point's day to check. */
    record Due(long servicePointId, LocalDate day) {
    }

    /**
     * Takes the marked service points, in a transaction of its own: while a check runs, a queue change there must be
     * able to mark it again at once. Held until the check's end, the deleted mark made a clerk's call wait for the
     * whole check, and deadlock with it (bench/RESULTS.md, "Companion").
     */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Due> take() {
        @SuppressWarnings("unchecked")
        List<Tuple> due = entityManager.createNativeQuery(TAKE, Tuple.class).setParameter("limit", CHECKS_PER_ROUND)
                .getResultList();
        return due.stream().map(row -> new Due(row.get("service_point_id", Number.class).longValue(),
                row.get("business_day", LocalDate.class))).toList();
    }

    /** Checks one service point's day, in a transaction of its own; returns how many notices it queued. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int check(Due due) {
        long servicePointId = due.servicePointId();
        LocalDate day = due.day();
        @SuppressWarnings("unchecked")
        Set<Long> untold = new HashSet<>(entityManager.createNativeQuery(UNTOLD, Long.class)
                .setParameter("servicePoint", servicePointId).setParameter("day", day).getResultList());
        if (untold.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int queued = 0;
        for (QueuePlaces.Place place : places.waiting(servicePointId, day)) {
            if (untold.contains(place.ticketId()) && isNear(Service.findById(place.serviceId()), place)) {
                Ticket ticket = Ticket.findById(place.ticketId());
                queued += outbox.queue(ticket.id, wording.callAhead(ticket, place), now, now,
                        channels.carrying(NoticeKind.CALL_AHEAD));
            }
        }
        return queued;
    }

    /** Near: few enough ahead or a short enough estimate, while a counter serving it is open. */
    private static boolean isNear(Service service, QueuePlaces.Place place) {
        if (place.openCounters() == 0) {
            return false;
        }
        return service.callAheadTickets != null && place.ahead() <= service.callAheadTickets
                || service.callAheadMinutes != null && place.estimateMinutes() <= service.callAheadMinutes;
    }
}
