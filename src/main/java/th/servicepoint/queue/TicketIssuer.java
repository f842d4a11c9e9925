package th.servicepoint.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.catalog.Catalog;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.common.Tokens;
import th.servicepoint.security.Caller;
import th.servicepoint.security.Role;
import th.servicepoint.site.OpeningHours;
import th.servicepoint.site.ServicePoint;

/**
 * Issues tickets: the number is taken in the same transaction that inserts the ticket. Kiosks issue all day long, so
 * the usual path is three plain statements (service, number, ticket with its audit row) and a cached pace; requests
 * that will be refused go through the catalog entities, which explain what is wrong.
 */
@ApplicationScoped
public class TicketIssuer {

    private final IssueTargets targets;
    private final Catalog catalog;
    private final TicketNumbering numbering;
    private final WaitEstimator estimator;
    private final PaceCache paces;
    private final IssuedTickets tickets;
    private final AuditTrail audit;
    private final QueueEvents events;
    private final Caller caller;

    TicketIssuer(IssueTargets targets, Catalog catalog, TicketNumbering numbering, WaitEstimator estimator,
            PaceCache paces, IssuedTickets tickets, AuditTrail audit, QueueEvents events, Caller caller) {
        this.targets = targets;
        this.catalog = catalog;
        this.numbering = numbering;
        this.estimator = estimator;
        this.paces = paces;
        this.tickets = tickets;
        this.audit = audit;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public TicketView issue(String servicePointCode, IssueTicket request) {
        IssueTarget target = targets.find(servicePointCode, request.service())
                .orElseGet(() -> explainedTarget(servicePointCode, request));
        caller.requireAllowedAt(target.servicePointId());
        requireChannelAllowed(request);
        AuditTrail.Actor actor = audit.actor();
        requireOpenForKiosks(target, actor.at());
        LocalDate day = LocalDate.ofInstant(actor.at(), target.zone());
        TicketNumbering.Taken taken = numbering.next(target.serviceId(), day);
        requireUnderDailyCap(target, taken.seq());
        ServiceLoad pace = paces.pace(target.serviceId(),
                () -> estimator.load(target.servicePointId(), target.serviceId(), day));
        NewTicket ticket = newTicket(target, day, taken.seq(), request, actor.at(),
                pace.estimateFor(taken.waitingAhead()));
        long id = tickets.insert(ticket, actor);
        events.issued(id, ticket, pace, taken.waitingAhead() + 1);
        return TicketView.issued(id, ticket, taken.waitingAhead(), pace.openCounters());
    }

    /** The target through the catalog, in the order of its checks: 404, 403, 422 channel, 422 letter, 409 inactive. */
    private IssueTarget explainedTarget(String servicePointCode, IssueTicket request) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(servicePoint.id);
        requireChannelAllowed(request);
        return IssueTarget.of(servicePoint, catalog.activeService(servicePoint, "service", request.service()));
    }

    /**
     * A kiosk issues KIOSK tickets only, and staff never do: a KIOSK ticket's tracking page shows its survey link, and
     * the clerk who issued one would hold that link.
     */
    private void requireChannelAllowed(IssueTicket request) {
        boolean kiosk = caller.is(Role.KIOSK);
        if (kiosk && request.channel() != null && request.channel() != Channel.KIOSK) {
            throw ProblemException.invalid("channel", "ตู้กดบัตรคิวออกบัตรได้เฉพาะช่องทาง KIOSK",
                    "A kiosk issues tickets through channel KIOSK only");
        }
        if (!kiosk && request.channel() == Channel.KIOSK) {
            throw ProblemException.invalid("channel",
                    "เจ้าหน้าที่ออกบัตรคิวได้ทางช่องทาง COUNTER หรือ WEB เท่านั้น ช่องทาง KIOSK เป็นของตู้กดบัตรคิว",
                    "Staff issue tickets through channel COUNTER or WEB; channel KIOSK belongs to the kiosks");
        }
    }

    /**
     * A kiosk issues within the opening hours only, unless the service point allows it outside them. Staff issue at
     * any time: a clerk who hands a walk-in a ticket at the counter is there to call it.
     */
    private void requireOpenForKiosks(IssueTarget target, Instant now) {
        if (target.issueOutsideHours() || !caller.is(Role.KIOSK) || target.hours().isOpen(now)) {
            return;
        }
        OpeningHours hours = target.hours();
        String span = hours.opens() + "–" + hours.closes();
        Instant next = hours.nextOpening(now);
        LocalDateTime opening = next == null ? null : LocalDateTime.ofInstant(next, hours.zone());
        throw ProblemException.conflict("OUTSIDE_OPENING_HOURS",
                "ขณะนี้อยู่นอกเวลาทำการ (" + span + " น.) ยังออกบัตรคิวไม่ได้"
                        + (opening == null ? ""
                                : " เปิดรับบัตรคิวอีกครั้ง " + ThaiDates.thai(opening.toLocalDate()) + " เวลา "
                                        + opening.toLocalTime() + " น."),
                "Outside opening hours (" + span + "): no tickets now"
                        + (opening == null ? ""
                                : "; tickets are issued again from " + ThaiDates.english(opening.toLocalDate())
                                        + ", " + opening.toLocalTime()));
    }

    /** Refused with the transaction rolled back, so the number taken is given back. */
    private static void requireUnderDailyCap(IssueTarget target, int seq) {
        if (target.dailyCap() != null && seq > target.dailyCap()) {
            throw ProblemException.conflict("DAILY_CAP_REACHED",
                    "บัตรคิวงาน " + target.nameTh() + " วันนี้หมดแล้ว (" + target.dailyCap()
                            + " ใบ) กรุณามาใหม่วันทำการถัดไป",
                    "All " + target.dailyCap() + " tickets for " + target.nameEn()
                            + " today are taken; please come back on the next working day");
        }
    }

    private NewTicket newTicket(IssueTarget target, LocalDate day, int seq, IssueTicket request, Instant now,
            int estimate) {
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        Channel channel = request.channel() != null ? request.channel()
                : caller.is(Role.KIOSK) ? Channel.KIOSK : Channel.COUNTER;
        return new NewTicket(target, day, seq, priority, channel, Tokens.random(), now, estimate);
    }
}
