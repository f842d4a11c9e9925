package th.servicepoint.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
import th.servicepoint.security.Caller;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/** Read side of the queue: the board of a service point and a citizen's view of their ticket. */
@ApplicationScoped
public class QueueBoard {

    private final Catalog catalog;
    private final WaitEstimator estimator;
    private final Caller caller;
    private final RatingInvitations surveys;
    private final TicketLinks links;
    private final Instance<TicketCompanion> companion;
    private final Clock clock;

    QueueBoard(Catalog catalog, WaitEstimator estimator, Caller caller, RatingInvitations surveys, TicketLinks links,
            Instance<TicketCompanion> companion, Clock clock) {
        this.catalog = catalog;
        this.estimator = estimator;
        this.caller = caller;
        this.surveys = surveys;
        this.links = links;
        this.companion = companion;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueView queue(String servicePointCode) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(servicePoint.id);
        return view(servicePoint);
    }

    /**
     * What a lobby display shows: the queue and the latest calls of today. The caller (a screen socket) has checked
     * that the device may watch this service point.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DisplayBoard display(ServicePoint servicePoint) {
        List<DisplayBoard.RecentCall> calls = Ticket.<Ticket> find(
                "servicePoint = ?1 and businessDay = ?2 and calledAt is not null order by calledAt desc, id desc",
                servicePoint, today(servicePoint)).page(0, DisplayBoard.RECENT_CALLS).list().stream()
                .map(DisplayBoard.RecentCall::of).toList();
        return new DisplayBoard(view(servicePoint), calls);
    }

    /** What the screen above a counter shows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QueueView.CounterState counter(Counter counter) {
        return QueueView.CounterState.of(counter, Ticket.atCounter(counter).orElse(null));
    }

    /** A ticket followed from its QR code, with what the socket needs to know which events concern it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrackedTicket> tracked(String trackingToken) {
        return Ticket.byTrackingToken(trackingToken)
                .map(ticket -> new TrackedTicket(ticket.id, ticket.servicePoint.id, status(ticket)));
    }

    private QueueView view(ServicePoint servicePoint) {
        Map<Long, ServiceLoad> loads = estimator.loads(servicePoint.id, today(servicePoint));
        List<QueueView.ServiceQueue> services = catalog.services(servicePoint).stream().filter(s -> s.active)
                .map(s -> serviceQueue(s, loads.get(s.id))).toList();
        Map<Long, Ticket> serving = Ticket.<Ticket> list("servicePoint = ?1 and status in ?2", servicePoint, Ticket.AT_COUNTER)
                .stream().collect(Collectors.toMap(t -> t.counter.id, Function.identity(), (a, b) -> a));
        List<QueueView.CounterState> counters = Counter.<Counter> list("servicePoint = ?1 order by number", servicePoint)
                .stream().map(c -> QueueView.CounterState.of(c, serving.get(c.id))).toList();
        return new QueueView(services, counters);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicTicketStatus status(String trackingToken) {
        return status(Ticket.byTrackingToken(trackingToken).orElseThrow(links::notFound));
    }

    /**
     * A ticket's public status. The survey link is on it only for a ticket the citizen took themselves, at a kiosk or
     * from their phone (REMOTE): a ticket a clerk issued has its tracking link in staff hands, so its citizen rates from
     * the QR code on the counter screen.
     */
    private PublicTicketStatus status(Ticket ticket) {
        Integer ahead = null;
        Integer estimate = null;
        Integer openCounters = null;
        if (ticket.status == TicketStatus.WAITING) {
            ahead = estimator.peopleAhead(ticket);
            ServiceLoad load = estimator.load(ticket.servicePoint.id, ticket.service.id, ticket.businessDay);
            estimate = load.estimateFor(ahead);
            openCounters = load.openCounters();
        }
        Counter counter = ticket.counter;
        String surveyUrl = ticket.status == TicketStatus.DONE
                && ticket.channel.pageHeldByCitizenOnly()
                        ? surveys.openUrlFor(ticket).orElse(null)
                        : null;
        return new PublicTicketStatus(ticket.number, ticket.service.prefix, ticket.service.nameTh,
                ticket.service.nameEn, ticket.servicePoint.code, ticket.status, ahead, estimate, openCounters,
                counter == null ? null : counter.number, counter == null ? null : counter.name, ticket.issuedAt,
                ticket.calledAt, surveyUrl, lineInvite(ticket), ticket.moreTimeAt,
                ticket.channel);
    }

    private TicketCompanion.LineInvite lineInvite(Ticket ticket) {
        return companion.isResolvable() ? companion.get().lineInvite(ticket).orElse(null) : null;
    }

    /** The business day now at a service point, in its own time zone. */
    public LocalDate today(ServicePoint servicePoint) {
        return LocalDate.ofInstant(clock.instant(), servicePoint.zone());
    }

    private static QueueView.ServiceQueue serviceQueue(Service service, ServiceLoad load) {
        return new QueueView.ServiceQueue(service.prefix, service.nameTh, service.nameEn, load.waiting(),
                load.estimateFor(load.waiting()));
    }

}
