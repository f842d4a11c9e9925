package th.servicepoint.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.Tokens;
import th.servicepoint.security.Caller;
import th.servicepoint.security.Role;
import th.servicepoint.site.ServicePoint;

/** Issues tickets: the number is taken in the same transaction that inserts the ticket. */
@ApplicationScoped
public class TicketIssuer {

    private final Catalog catalog;
    private final TicketNumbering numbering;
    private final WaitEstimator estimator;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    TicketIssuer(Catalog catalog, TicketNumbering numbering, WaitEstimator estimator, AuditTrail audit,
            Caller caller, Clock clock) {
        this.catalog = catalog;
        this.numbering = numbering;
        this.estimator = estimator;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public TicketView issue(String servicePointCode, IssueTicket request) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(servicePoint);
        if (caller.is(Role.KIOSK) && request.channel() != null && request.channel() != Channel.KIOSK) {
            throw ProblemException.invalid("channel", "ตู้กดบัตรคิวออกบัตรได้เฉพาะช่องทาง KIOSK",
                    "A kiosk issues tickets through channel KIOSK only");
        }
        Service service = catalog.activeService(servicePoint, "service", request.service());
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, servicePoint.zone());
        int seq = numbering.next(service, day);
        if (service.dailyCap != null && seq > service.dailyCap) {
            throw ProblemException.conflict("DAILY_CAP_REACHED",
                    "บัตรคิวงาน " + service.nameTh + " วันนี้หมดแล้ว (" + service.dailyCap + " ใบ) กรุณามาใหม่วันทำการถัดไป",
                    "All " + service.dailyCap + " tickets for " + service.nameEn
                            + " today are taken; please come back on the next working day");
        }
        ServiceLoad load = estimator.load(servicePoint.id, service.id, day);
        Ticket ticket = newTicket(servicePoint, service, day, seq, request, now);
        ticket.estimatedWaitMinutes = load.estimateFor(load.waiting());
        ticket.persist();
        audit.ticket("ISSUE", ticket, null, null, ticket.channel + " " + ticket.priority);
        return TicketView.of(ticket, load.waiting(), ticket.estimatedWaitMinutes);
    }

    private Ticket newTicket(ServicePoint servicePoint, Service service, LocalDate day, int seq, IssueTicket request,
            Instant now) {
        Ticket ticket = new Ticket();
        ticket.servicePoint = servicePoint;
        ticket.service = service;
        ticket.numberedBy = service;
        ticket.businessDay = day;
        ticket.seq = seq;
        ticket.number = Ticket.formatNumber(service.prefix, seq);
        ticket.priority = request.priority() == null ? Priority.NORMAL : request.priority();
        ticket.channel = request.channel() != null ? request.channel()
                : caller.is(Role.KIOSK) ? Channel.KIOSK : Channel.COUNTER;
        ticket.status = TicketStatus.WAITING;
        ticket.trackingToken = Tokens.random();
        ticket.issuedAt = now;
        ticket.queuedAt = now;
        return ticket;
    }
}
