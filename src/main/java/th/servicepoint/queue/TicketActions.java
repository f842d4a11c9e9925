package th.servicepoint.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.security.Caller;
import th.servicepoint.security.Role;
import th.servicepoint.site.Counter;

/**
 * What a clerk does with one ticket. A clerk acts only from the counter they are signed in to: on the ticket at that
 * counter, or on a waiting or no-show ticket of a service the counter serves. Admins may act on any ticket.
 */
@ApplicationScoped
public class TicketActions {

    private final Catalog catalog;
    private final AuditTrail audit;
    private final QueueEvents events;
    private final Caller caller;
    private final Clock clock;
    private final QueueSettings settings;
    private final RatingInvitations surveys;

    TicketActions(Catalog catalog, AuditTrail audit, QueueEvents events, Caller caller, Clock clock,
            QueueSettings settings, RatingInvitations surveys) {
        this.catalog = catalog;
        this.audit = audit;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.settings = settings;
        this.surveys = surveys;
    }

    @Transactional
    public TicketView recall(long ticketId) {
        return act(ticketId, "RECALL", QueueEventType.RECALLED, null, Ticket::recall);
    }

    @Transactional
    public TicketView start(long ticketId) {
        return act(ticketId, "START", QueueEventType.SERVING, null, ticket -> ticket.start(clock.instant()));
    }

    @Transactional
    public TicketView complete(long ticketId) {
        return act(ticketId, "COMPLETE", QueueEventType.COMPLETED, null,
                ticket -> ticket.complete(clock.instant(), caller.user().orElse(null)));
    }

    @Transactional
    public TicketView noShow(long ticketId) {
        return act(ticketId, "NO_SHOW", QueueEventType.NO_SHOW, null, ticket -> ticket.markNoShow(clock.instant()));
    }

    @Transactional
    public TicketView cancel(long ticketId, String reason) {
        return act(ticketId, "CANCEL", QueueEventType.CANCELLED, reason, ticket -> ticket.cancel(clock.instant()));
    }

    @Transactional
    public TicketView reactivate(long ticketId) {
        return act(ticketId, "REACTIVATE", QueueEventType.REACTIVATED, null, ticket -> {
            Instant now = clock.instant();
            boolean tooLate = ticket.finishedAt != null
                    && ticket.finishedAt.plus(settings.reactivateWindow()).isBefore(now);
            if (ticket.status == TicketStatus.NO_SHOW && (tooLate || ticket.isFromPastDay(now))) {
                long minutes = settings.reactivateWindow().toMinutes();
                throw ProblemException.conflict("REACTIVATE_WINDOW_PASSED",
                        "บัตรคิว " + ticket.number + " เลยเวลานำกลับเข้าคิวแล้ว (" + minutes
                                + " นาทีหลังเรียกไม่พบ) กรุณาออกบัตรคิวใหม่",
                        "Ticket " + ticket.number + " can no longer be put back (" + minutes
                                + " minutes after the no-show); issue a new ticket");
            }
            ticket.reactivate();
        });
    }

    @Transactional
    public TicketView transfer(long ticketId, String servicePrefix) {
        Ticket ticket = lockTicket(ticketId);
        Counter counter = requireMayAct(ticket);
        Service target = catalog.activeService(ticket.servicePoint, "service", servicePrefix);
        if (target.id.equals(ticket.service.id)) {
            throw ProblemException.invalid("service", "บัตรคิวนี้อยู่ในงาน " + target.nameTh + " อยู่แล้ว",
                    "The ticket is already in " + target.nameEn);
        }
        Service from = ticket.service;
        Counter was = ticket.counter;
        ticket.transferTo(target);
        audit(ticket, "TRANSFER", counter, null, from.prefix + " -> " + target.prefix);
        events.ticket(QueueEventType.TRANSFERRED, ticket, was, from);
        return TicketView.atCounter(ticket);
    }

    /** {@code counter} is null for an administrator acting from no counter. */
    private void audit(Ticket ticket, String action, Counter counter, String reason, String detail) {
        audit.ticket(action, ticket.servicePoint.id, ticket.id, counter == null ? null : counter.id, reason, detail);
    }

    static Ticket lockTicket(long ticketId) {
        Ticket ticket = Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw ProblemException.notFound("Ticket", "บัตรคิว", ticketId);
        }
        return ticket;
    }

    private TicketView act(long ticketId, String action, QueueEventType event, String reason,
            Consumer<Ticket> change) {
        Ticket ticket = lockTicket(ticketId);
        Counter counter = requireMayAct(ticket);
        Counter was = ticket.counter;
        change.accept(ticket);
        // minted in the completion's transaction: every served ticket can be rated, and a rolled-back one cannot
        String surveyUrl = event == QueueEventType.COMPLETED ? surveys.mintFor(ticket) : null;
        audit(ticket, action, counter, reason, null);
        // the link goes to the counter screen and the citizen's phone only: a clerk who had it could rate their own
        // service
        events.ticket(event, ticket, was, surveyUrl);
        return TicketView.atCounter(ticket);
    }

    /** The caller's counter, checked against the ticket; null for an admin acting from no counter. */
    private Counter requireMayAct(Ticket ticket) {
        Optional<Counter> mine = caller.user().flatMap(user -> Counter.find("clerk", user).firstResultOptional());
        if (caller.is(Role.ADMIN) && mine.isEmpty()) {
            return null;
        }
        Counter counter = mine.orElseThrow(() -> ProblemException.forbidden(
                "กรุณาเข้าสู่ระบบที่ช่องบริการก่อนจัดการบัตรคิว", "Sign in to a counter before handling tickets"));
        boolean allowed = ticket.isAtCounter() ? ticket.counter.id.equals(counter.id) : ticket.service.isServedAt(counter);
        if (!allowed && !caller.is(Role.ADMIN)) {
            throw ProblemException.forbidden(
                    "บัตรคิว " + ticket.number + " ไม่ได้อยู่ที่ช่องบริการ " + counter.number + " ของคุณ",
                    "Ticket " + ticket.number + " is not at your counter " + counter.number);
        }
        return counter;
    }
}
