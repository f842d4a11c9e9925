package th.servicepoint.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/** Where waiting tickets stand: how many are ahead of each in its service, and the estimate that makes. */
@ApplicationScoped
public class QueuePlaces {

    /** Ahead: the waiting tickets of the same service before it, as {@link WaitEstimator#peopleAhead} counts them. */
    private static final String WAITING = """
            select t.id, t.service_id, t.number,
                   cast(row_number() over (partition by t.service_id order by t.queued_at, t.id) - 1 as integer) ahead
            from ticket t where t.service_point_id = :servicePoint and t.business_day = :day and t.status = 'WAITING'
            """;

    /** One waiting ticket's place. */
    public record Place(long ticketId, long serviceId, String number, int ahead, int estimateMinutes,
            int openCounters) {
    }

    private final EntityManager entityManager;
    private final WaitEstimator estimator;

    QueuePlaces(EntityManager entityManager, WaitEstimator estimator) {
        this.entityManager = entityManager;
        this.estimator = estimator;
    }

    /** Every waiting ticket of a service point's day, in one statement and one estimate per service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Place> waiting(long servicePointId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(WAITING, Tuple.class)
                .setParameter("servicePoint", servicePointId).setParameter("day", day).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ServiceLoad> loads = estimator.loads(servicePointId, day);
        return rows.stream().map(row -> place(row, loads)).toList();
    }

    /** A ticket's place, while it waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Place> of(Ticket ticket) {
        if (ticket.status != TicketStatus.WAITING) {
            return Optional.empty();
        }
        int ahead = estimator.peopleAhead(ticket);
        ServiceLoad load = estimator.load(ticket.servicePoint.id, ticket.service.id, ticket.businessDay);
        return Optional.of(new Place(ticket.id, ticket.service.id, ticket.number, ahead, load.estimateFor(ahead),
                load.openCounters()));
    }

    private static Place place(Tuple row, Map<Long, ServiceLoad> loads) {
        long service = row.get("service_id", Number.class).longValue();
        int ahead = row.get("ahead", Number.class).intValue();
        ServiceLoad load = loads.get(service);
        int estimate = load == null ? 0 : load.estimateFor(ahead);
        int open = load == null ? 0 : load.openCounters();
        return new Place(row.get("id", Number.class).longValue(), service, row.get("number", String.class), ahead,
                estimate, open);
    }
}
