package th.servicepoint.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import th.servicepoint.catalog.CounterEdited;
import th.servicepoint.catalog.Service;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/**
 * Announces queue changes to whoever listens (the screens, through {@code live/}). Called last in the transaction of
 * a change: the persistence context is flushed first, so the waiting counts read here include the change, and the
 * journal's row lock on the service point's event numbers is the last lock the transaction takes.
 */
@ApplicationScoped
public class QueueEvents {

    private static final String WAITING = "select coalesce(max(waiting), 0) from ticket_sequence"
            + " where service_id = :service and business_day = :day";

    private final Event<QueueEvent> bus;
    private final EntityManager entityManager;
    private final WaitEstimator estimator;
    private final PaceCache paces;
    private final Clock clock;

    QueueEvents(Event<QueueEvent> bus, EntityManager entityManager, WaitEstimator estimator, PaceCache paces,
            Clock clock) {
        this.bus = bus;
        this.entityManager = entityManager;
        this.estimator = estimator;
        this.paces = paces;
        this.clock = clock;
    }

    /** A ticket just issued through the plain-SQL path: the waiting count and pace are already known. */
    void issued(long ticketId, NewTicket ticket, ServiceLoad pace, int waiting) {
        IssueTarget target = ticket.target();
        QueueView.BoardTicket board = new QueueView.BoardTicket(ticketId, ticket.number(), target.prefix(),
                ticket.priority(), TicketStatus.WAITING, null, 0, ticket.channel(), ticket.appointmentAt());
        QueueView.ServiceQueue queue = new QueueView.ServiceQueue(target.prefix(), target.nameTh(), target.nameEn(),
                waiting, pace.estimateFor(waiting));
        bus.fire(new QueueEvent(target.servicePointId(), QueueEventType.ISSUED, ticket.issuedAt(), board, null,
                List.of(queue), null));
    }

    /**
     * A ticket changed: the event carries it, the counter it is at or has just left (when there is one) and the
     * queues of its service and of {@code alsoChanged} (the service a transfer took it from).
     */
    void ticket(QueueEventType type, Ticket ticket, Counter previousCounter, Service... alsoChanged) {
        ticket(type, ticket, previousCounter, null, alsoChanged);
    }

    /** As above, with the survey link the counter screen shows once a ticket is completed. */
    void ticket(QueueEventType type, Ticket ticket, Counter previousCounter, String surveyUrl,
            Service... alsoChanged) {
        entityManager.flush();
        Set<Service> services = new LinkedHashSet<>(List.of(alsoChanged));
        services.add(ticket.service);
        Counter at = ticket.counter != null ? ticket.counter : previousCounter;
        bus.fire(new QueueEvent(ticket.servicePoint.id, type, clock.instant(), QueueView.BoardTicket.of(ticket),
                at == null ? null : counterState(at), queues(today(ticket.servicePoint), services, false), surveyUrl));
    }

    /**
     * Counters opened, paused, closed, changed clerk, or were created or edited by an administrator. Their services'
     * estimates depend on how many counters are open, so those are read afresh rather than from the pace cache.
     */
    void counterEdited(@Observes CounterEdited edited) {
        counters(List.of(edited.counter()));
    }

    public void counters(Collection<Counter> counters) {
        entityManager.flush();
        for (Counter counter : counters) {
            bus.fire(new QueueEvent(counter.servicePoint.id, QueueEventType.COUNTER, clock.instant(), null,
                    counterState(counter), queues(today(counter.servicePoint), Service.servedAt(counter), true), null));
        }
    }

    /** Screens show today's queues, also for a change to a ticket of a past day (the day-end job). */
    private LocalDate today(ServicePoint servicePoint) {
        return LocalDate.ofInstant(clock.instant(), servicePoint.zone());
    }

    private static QueueView.CounterState counterState(Counter counter) {
        return QueueView.CounterState.of(counter, Ticket.atCounter(counter).orElse(null));
    }

    private List<QueueView.ServiceQueue> queues(LocalDate day, Collection<Service> services, boolean freshPace) {
        return services.stream().map(service -> queue(day, service, freshPace)).toList();
    }

    private QueueView.ServiceQueue queue(LocalDate day, Service service, boolean freshPace) {
        long servicePointId = service.servicePoint.id;
        ServiceLoad load = freshPace ? estimator.load(servicePointId, service.id, day)
                : paces.pace(service.id, () -> estimator.load(servicePointId, service.id, day));
        int waiting = freshPace ? load.waiting()
                : ((Number) entityManager.createNativeQuery(WAITING).setParameter("service", service.id)
                        .setParameter("day", day).getSingleResult()).intValue();
        return new QueueView.ServiceQueue(service.prefix, service.nameTh, service.nameEn, waiting,
                load.estimateFor(waiting));
    }
}
