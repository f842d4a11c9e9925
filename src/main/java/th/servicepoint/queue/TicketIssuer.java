package th.servicepoint.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
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
    private final TicketLinks links;

    TicketIssuer(IssueTargets targets, Catalog catalog, TicketNumbering numbering, WaitEstimator estimator,
            PaceCache paces, IssuedTickets tickets, AuditTrail audit, QueueEvents events, Caller caller,
            TicketLinks links) {
        this.links = links;
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
        IssueTarget target = target(servicePointCode, request.service(), () -> requireChannelAllowed(request));
        AuditTrail.Actor actor = audit.actor();
        requireOpenForKiosks(target, actor.at());
        return issue(target, actor, request.priority(), channel(request), IssueSteps.NONE);
    }

    /**
     * The active service a ticket is asked for. The usual case is one plain query; anything wrong goes through the
     * catalog, which explains it, in the order of its checks: 404 service point, 403 caller, then
     * {@code mayIssueHere} (the path's own refusal of the caller), 422 letter, 409 inactive.
     */
    IssueTarget target(String servicePointCode, String service, Runnable mayIssueHere) {
        Optional<IssueTarget> found = targets.find(servicePointCode, service);
        if (found.isPresent()) {
            caller.requireAllowedAt(found.get().servicePointId());
            mayIssueHere.run();
            return found.get();
        }
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(servicePoint.id);
        mayIssueHere.run();
        return IssueTarget.of(servicePoint, catalog.activeService(servicePoint, "service", service));
    }

    /**
     * Issuing once the path (kiosk and staff, or remote joining) has let the caller have this ticket: the number is
     * taken, the daily cap and the path's own limits are checked under the number's row lock, the ticket and its
     * audit row go in, and the event goes out after commit. A refusal rolls back, giving the number back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    TicketView issue(IssueTarget target, AuditTrail.Actor actor, Priority priority, Channel channel,
            IssueSteps steps) {
        LocalDate day = LocalDate.ofInstant(actor.at(), target.zone());
        TicketNumbering.Taken taken = numbering.next(target.serviceId(), day);
        if (steps.appointmentAt() == null) {
            requireUnderDailyCap(target, taken.seq());
        }
        steps.numbered(target, day);
        ServiceLoad pace = paces.pace(target.serviceId(),
                () -> estimator.load(target.servicePointId(), target.serviceId(), day));
        NewTicket ticket = new NewTicket(target, day, taken.seq(), priority == null ? Priority.NORMAL : priority,
                channel, Tokens.random(), actor.at(), pace.estimateFor(taken.waitingAhead()), steps.appointmentAt());
        long id = tickets.insert(ticket, actor);
        steps.inserted(id);
        events.issued(id, ticket, pace, taken.waitingAhead() + 1);
        return TicketView.issued(id, ticket, taken.waitingAhead(), pace.openCounters());
    }

    /**
     * The ticket of an appointment checked in now, at the kiosk or by a clerk: channel APPOINTMENT, carrying the slot's
     * start for the calling policy. The booking already holds a place, so the service's daily cap does not refuse it;
     * a service made inactive since the booking does (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TicketView issueForAppointment(ServicePoint servicePoint, Service service, Instant appointmentAt) {
        caller.requireAllowedAt(servicePoint.id);
        IssueTarget target = IssueTarget.of(servicePoint, catalog.activeService(servicePoint, "service", service.prefix));
        TicketView issued = issue(target, audit.actor(), Priority.NORMAL, Channel.APPOINTMENT, new IssueSteps() {
            @Override
            public Instant appointmentAt() {
                return appointmentAt;
            }
        });
        // staff would hold the ticket page and with it the survey link, as with the COUNTER tickets they issue
        return caller.is(Role.KIOSK) ? issued.withTrackingUrl(links.tracking(issued.trackingToken()))
                : issued.withoutTracking();
    }

    /**
     * A kiosk issues KIOSK tickets only, and staff never do: a KIOSK ticket's tracking page shows its survey link, and
     * the clerk who issued one would hold that link. REMOTE tickets show it too, so nobody issues them here: only the
     * citizen does, through remote joining ({@link RemoteJoining}).
     */
    private void requireChannelAllowed(IssueTicket request) {
        if (request.channel() == Channel.REMOTE) {
            throw ProblemException.invalid("channel",
                    "บัตรคิวช่องทาง REMOTE ออกได้เฉพาะเมื่อประชาชนจองคิวออนไลน์จากโทรศัพท์ของตนเอง",
                    "REMOTE tickets are issued only to citizens joining from their own phone");
        }
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
        throw outside("OUTSIDE_OPENING_HOURS", target.hours(), now, "ขณะนี้อยู่นอกเวลาทำการ ({hours} น.) ยังออกบัตรคิวไม่ได้",
                " เปิดรับบัตรคิวอีกครั้ง", "Outside opening hours ({hours}): no tickets now",
                "; tickets are issued again from");
    }

    /**
     * A 409 for a request outside {@code hours}: the hours (in place of {hours}) and, when there is one, the next opening
     * with its date in Thai (Buddhist era) and in English.
     */
    static ProblemException outside(String code, OpeningHours hours, Instant now, String closedTh, String againTh,
            String closedEn, String againEn) {
        String span = hours.opens() + "–" + hours.closes();
        Instant next = hours.nextOpening(now);
        LocalDateTime opening = next == null ? null : LocalDateTime.ofInstant(next, hours.zone());
        return ProblemException.conflict(code,
                closedTh.replace("{hours}", span) + (opening == null ? ""
                        : againTh + " " + ThaiDates.thai(opening.toLocalDate()) + " เวลา " + opening.toLocalTime()
                                + " น."),
                closedEn.replace("{hours}", span) + (opening == null ? ""
                        : againEn + " " + ThaiDates.english(opening.toLocalDate()) + ", " + opening.toLocalTime()));
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

    private Channel channel(IssueTicket request) {
        return request.channel() != null ? request.channel()
                : caller.is(Role.KIOSK) ? Channel.KIOSK : Channel.COUNTER;
    }
}
