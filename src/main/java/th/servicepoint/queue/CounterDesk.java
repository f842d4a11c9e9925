package th.servicepoint.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.security.AccountDeactivated;
import th.servicepoint.security.AppUser;
import th.servicepoint.security.Caller;
import th.servicepoint.security.Role;
import th.servicepoint.site.Counter;
import th.servicepoint.site.CounterStatus;

/**
 * What a clerk does at a counter: sign in, open, pause, close and call tickets. The counter row is locked for the
 * length of each action, so two clicks on one counter never call two tickets, and tickets are taken with SKIP LOCKED,
 * so two counters never call the same one.
 */
@ApplicationScoped
public class CounterDesk {

    /**
     * The head of one service's queue of today, normal or priority; one query per service follows its index. {@code no
     * key update}: a row another transaction writes that refers to a waiting ticket (a follower, a notice of the
     * companion) holds a key-share lock on it, which {@code for update} would take as the ticket being called elsewhere
     * and skip it, calling the next one out of turn.
     */
    private static final String HEAD = """
            select t.id, %s as first_at, t.queued_at from ticket t
            where t.service_id = :service and t.business_day = :day and t.status = 'WAITING' and %s
            order by %s, t.queued_at, t.id limit 1 for no key update skip locked
            """;
    private static final String NORMAL_HEAD = HEAD.formatted("t.queued_at",
            "t.appointment_at is null and t.priority = 'NORMAL'", "t.queued_at");
    private static final String PRIORITY_HEAD = HEAD.formatted("t.queued_at",
            "t.appointment_at is null and t.priority <> 'NORMAL'", "t.queued_at");
    /** Appointments by the start of their slot, then by arrival. */
    private static final String APPOINTMENT_HEAD = HEAD.formatted("t.appointment_at", "t.appointment_at is not null",
            "t.appointment_at");
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final QueueEvents events;
    private final Caller caller;
    private final Clock clock;
    private final CallingPolicy policy;

    CounterDesk(EntityManager entityManager, AuditTrail audit, QueueEvents events, Caller caller, Clock clock,
            QueueSettings settings) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.policy = new CallingPolicy(settings.normalCallsPerPriorityCall(), settings.maxWait());
    }

    @Transactional
    public QueueView.CounterState signIn(long counterId) {
        Counter counter = lock(counterId);
        AppUser me = signedInUser();
        List<Counter> left = Counter.<Counter> find("clerk = ?1 and id <> ?2", me, counter.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        left.forEach(other -> {
            // the same rules as signing out there: no ticket left stranded, no open counter without a clerk
            requireNoTicketAt(other, "ย้ายไปช่องบริการอื่น", "move to another counter");
            other.clerk = null;
            other.status = CounterStatus.CLOSED;
            audit.counter("SIGN_OUT", other.servicePoint.id, other.id, "signed in at counter " + counter.number);
        });
        boolean takingOver = counter.clerk != null && !counter.clerk.id.equals(me.id);
        if (takingOver) {
            requireNoTicketOf(counter);
        }
        String before = takingOver ? "took over from " + counter.clerk.username : null;
        counter.clerk = me;
        audit.counter("SIGN_IN", counter.servicePoint.id, counter.id, before);
        List<Counter> changed = new ArrayList<>(left);
        changed.add(counter);
        events.counters(changed);
        return state(counter);
    }

    @Transactional
    public QueueView.CounterState signOut(long counterId) {
        Counter counter = lockAsClerk(counterId);
        requireNoTicketAt(counter, "ออกจากระบบ", "sign out");
        counter.clerk = null;
        counter.status = CounterStatus.CLOSED;
        audit.counter("SIGN_OUT", counter.servicePoint.id, counter.id, null);
        events.counters(List.of(counter));
        return state(counter);
    }

    /**
     * The clerk leaves the counter and hands its ticket back to the queue at its old place, ahead of everyone who came
     * later, so whoever signs in next can call it again; the counter closes. The clerk of the counter does it when
     * leaving mid-visit, an administrator when the clerk has gone away. Audited as HAND_BACK (ticket) and SIGN_OUT.
     */
    @Transactional
    public QueueView.CounterState handBack(long counterId) {
        Counter counter = lockAsClerk(counterId);
        Optional<Ticket> ticket = Ticket.atCounter(counter);
        ticket.ifPresent(handed -> {
            TicketActions.lockTicket(handed.id);
            handed.handBack();
            audit.ticket("HAND_BACK", handed.servicePoint.id, handed.id, counter.id, null,
                    counter.clerk == null ? null : "from " + counter.clerk.username);
            events.ticket(QueueEventType.HANDED_BACK, handed, counter);
        });
        String why = counter.clerk == null ? "handed back" : "handed back by " + caller.name();
        counter.clerk = null;
        counter.status = CounterStatus.CLOSED;
        audit.counter("SIGN_OUT", counter.servicePoint.id, counter.id, why);
        events.counters(List.of(counter));
        return state(counter);
    }

    /** A deactivated account leaves its counter: closed, or paused while a ticket is still there. */
    @Transactional(Transactional.TxType.MANDATORY)
    void releaseClerk(@Observes AccountDeactivated deactivated) {
        String why = deactivated.why();
        List<Counter> released = Counter.<Counter> find("clerk", deactivated.account()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        released.forEach(counter -> {
            counter.clerk = null;
            counter.status = Ticket.atCounter(counter).isPresent() ? CounterStatus.PAUSED : CounterStatus.CLOSED;
            audit.counter("SIGN_OUT", counter.servicePoint.id, counter.id, why);
        });
        events.counters(released);
    }

    @Transactional
    public QueueView.CounterState changeStatus(long counterId, CounterStatus status) {
        Counter counter = lockAsClerk(counterId);
        if (status == CounterStatus.OPEN && counter.clerk == null) {
            throw ProblemException.conflict("NO_CLERK", "ต้องมีเจ้าหน้าที่เข้าสู่ระบบที่ช่องบริการก่อนเปิดให้บริการ",
                    "A clerk must sign in to the counter before it opens");
        }
        if (status == CounterStatus.CLOSED) {
            requireNoTicketAt(counter, "ปิดช่องบริการ", "close the counter");
        }
        counter.status = status;
        audit.counter(status.name(), counter.servicePoint.id, counter.id, null);
        events.counters(List.of(counter));
        return state(counter);
    }

    /** Calls the ticket the calling policy picks, or nothing when nobody waits for this counter. */
    @Transactional
    public Optional<TicketView> callNext(long counterId) {
        Counter counter = lockAsClerk(counterId);
        requireReadyToCall(counter);
        Instant now = clock.instant();
        List<Long> services = Service.servedAt(counter).stream().map(s -> s.id).toList();
        if (services.isEmpty()) {
            return Optional.empty();
        }
        CallingPolicy.Heads heads = new CallingPolicy.Heads(head(services, counter, NORMAL_HEAD),
                head(services, counter, PRIORITY_HEAD), head(services, counter, APPOINTMENT_HEAD));
        Optional<Ticket> chosen = policy.choose(heads, counter.callsSincePriority, now);
        chosen.ifPresent(ticket -> call(counter, ticket, now, "CALL", null));
        return chosen.map(TicketView::atCounter);
    }

    /** Calls a particular waiting ticket out of turn; the reason is kept in the audit trail. */
    @Transactional
    public TicketView callSpecific(long counterId, long ticketId, String reason) {
        Counter counter = lockAsClerk(counterId);
        requireReadyToCall(counter);
        Ticket ticket = TicketActions.lockTicket(ticketId);
        Instant now = clock.instant();
        if (ticket.isFromPastDay(now)) {
            throw ProblemException.conflict("TICKET_FROM_PAST_DAY",
                    "บัตรคิว " + ticket.number + " เป็นของวันทำการก่อนหน้า เรียกไม่ได้แล้ว",
                    "Ticket " + ticket.number + " belongs to a past business day and can no longer be called");
        }
        if (!ticket.service.isServedAt(counter)) {
            throw ProblemException.conflict("NOT_SERVED_HERE",
                    "ช่องบริการ " + counter.number + " ไม่ได้ให้บริการงาน " + ticket.service.nameTh,
                    "Counter " + counter.number + " does not serve " + ticket.service.nameEn);
        }
        call(counter, ticket, now, "CALL_OUT_OF_ORDER", reason.strip());
        return TicketView.atCounter(ticket);
    }

    /**
     * The tickets waiting for the counter's services in the order call-next would take them now (the calling policy
     * applied in turn, from the counter's own count since its last priority call), and today's no-shows of those
     * services, latest first. The same access as the counter's actions: its clerk, or an admin.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CounterQueue waiting(long counterId) {
        Counter counter = Counter.findById(counterId);
        if (counter == null) {
            throw ProblemException.notFound("Counter", "ช่องบริการ", counterId);
        }
        requireClerkAt(counter);
        Instant now = clock.instant();
        List<Long> services = Service.servedAt(counter).stream().map(s -> s.id).toList();
        if (services.isEmpty()) {
            return new CounterQueue(List.of(), List.of());
        }
        LocalDate day = LocalDate.ofInstant(now, counter.servicePoint.zone());
        List<Ticket> waiting = Ticket.list(
                "service.id in ?1 and businessDay = ?2 and status = ?3 order by queuedAt, id", services, day,
                TicketStatus.WAITING);
        List<Ticket> walkIns = waiting.stream().filter(t -> t.appointmentAt == null).toList();
        List<Ticket> normal = walkIns.stream().filter(t -> t.priority == Priority.NORMAL).toList();
        List<Ticket> priority = walkIns.stream().filter(t -> t.priority != Priority.NORMAL).toList();
        List<Ticket> appointments = waiting.stream().filter(t -> t.appointmentAt != null)
                .sorted(Comparator.comparing((Ticket t) -> t.appointmentAt).thenComparing(t -> t.queuedAt)
                        .thenComparing(t -> t.id))
                .toList();
        List<CounterQueue.Entry> order = policy.order(normal, priority, appointments, counter.callsSincePriority, now)
                .stream().map(t -> CounterQueue.Entry.of(t, now)).toList();
        List<CounterQueue.Entry> noShows = Ticket.<Ticket> list(
                "service.id in ?1 and businessDay = ?2 and status = ?3 order by finishedAt desc, id desc", services,
                day, TicketStatus.NO_SHOW).stream().map(t -> CounterQueue.Entry.of(t, now)).toList();
        return new CounterQueue(order, noShows);
    }

    private void call(Counter counter, Ticket ticket, Instant now, String action, String reason) {
        ticket.call(counter, counter.clerk, now);
        counter.callsSincePriority = CallingPolicy.afterCall(ticket, counter.callsSincePriority);
        audit.ticket(action, ticket.servicePoint.id, ticket.id, counter.id, reason, null);
        events.ticket(QueueEventType.CALLED, ticket, counter);
    }

    /** The first ticket of the kind ({@code query}, one of the heads above) across the counter's services. */
    private Optional<Ticket> head(List<Long> services, Counter counter, String query) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), counter.servicePoint.zone());
        Head first = null;
        for (Long service : services) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = entityManager.createNativeQuery(query, Tuple.class).setParameter("service", service)
                    .setParameter("day", day).getResultList();
            for (Tuple row : rows) {
                Head head = new Head(row.get("id", Number.class).longValue(), row.get("first_at", Instant.class),
                        row.get("queued_at", Instant.class));
                if (first == null || head.isBefore(first)) {
                    first = head;
                }
            }
        }
        return Optional.ofNullable(first).map(head -> Ticket.<Ticket> findById(head.ticketId()));
    }

    /**
     * The head of one service's queue: the ticket, the time its kind is ordered by (arrival, or an appointment's slot)
     * and its arrival, which order heads across services.
     */
    private record Head(long ticketId, Instant firstAt, Instant queuedAt) {

        private static final Comparator<Head> ORDER = Comparator.comparing(Head::firstAt)
                .thenComparing(Head::queuedAt).thenComparingLong(Head::ticketId);

        boolean isBefore(Head other) {
            return ORDER.compare(this, other) < 0;
        }
    }

    private void requireReadyToCall(Counter counter) {
        if (counter.status != CounterStatus.OPEN) {
            throw ProblemException.conflict("COUNTER_NOT_OPEN",
                    "ช่องบริการ " + counter.number + " ยังไม่เปิดให้บริการ กรุณากดเปิดช่องบริการก่อนเรียกคิว",
                    "Counter " + counter.number + " is not open; open it before calling");
        }
        requireNoTicketAt(counter, "เรียกคิวถัดไป", "call the next ticket");
    }

    /**
     * Another clerk's called or serving ticket stays theirs: whoever signs in over it could complete it and rate it
     * under the other clerk's name, or leave the citizen without a clerk.
     */
    private static void requireNoTicketOf(Counter counter) {
        Ticket.atCounter(counter).ifPresent(ticket -> {
            throw ProblemException.conflict("COUNTER_OCCUPIED",
                    "ช่องบริการ " + counter.number + " มีบัตรคิว " + ticket.number + " ของ " + counter.clerk.displayName
                            + " ค้างอยู่ ให้เจ้าหน้าที่ท่านนั้นจบบริการหรือส่งคืนคิว (hand-back) ก่อน"
                            + " หรือให้ผู้ดูแลระบบส่งคืนคิวแทน แล้วจึงเข้าสู่ระบบที่ช่องนี้",
                    "Counter " + counter.number + " still has ticket " + ticket.number + " of "
                            + counter.clerk.displayName + "; ask them to complete it or hand it back to the queue"
                            + " (hand-back), or ask an administrator to hand it back, then sign in here");
        });
    }

    private void requireNoTicketAt(Counter counter, String actionTh, String action) {
        Ticket.atCounter(counter).ifPresent(ticket -> {
            throw ProblemException.conflict("TICKET_AT_COUNTER",
                    "ช่องบริการยังมีบัตรคิว " + ticket.number + " อยู่ กรุณาจบบริการหรือบันทึกว่าไม่มาแสดงตนก่อน" + actionTh,
                    "Ticket " + ticket.number + " is still at this counter; complete it or mark it as a no-show before you "
                            + action);
        });
    }

    private Counter lock(long counterId) {
        Counter counter = Counter.findById(counterId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw ProblemException.notFound("Counter", "ช่องบริการ", counterId);
        }
        return counter;
    }

    /** The counter, if the caller is the clerk signed in there (or an admin). */
    private Counter lockAsClerk(long counterId) {
        Counter counter = lock(counterId);
        requireClerkAt(counter);
        return counter;
    }

    private void requireClerkAt(Counter counter) {
        if (caller.is(Role.ADMIN)) {
            return;
        }
        AppUser me = signedInUser();
        if (counter.clerk == null || !counter.clerk.id.equals(me.id)) {
            throw ProblemException.forbidden(
                    "คุณไม่ได้เข้าสู่ระบบที่ช่องบริการ " + counter.number + " กรุณาเข้าสู่ระบบที่ช่องนี้ก่อน",
                    "You are not signed in to counter " + counter.number + "; sign in there first");
        }
    }

    private AppUser signedInUser() {
        return caller.user().orElseThrow(() -> ProblemException.forbidden("ต้องเข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่",
                "Only a signed-in clerk can do this"));
    }

    private static QueueView.CounterState state(Counter counter) {
        return QueueView.CounterState.of(counter, Ticket.atCounter(counter).orElse(null));
    }
}
