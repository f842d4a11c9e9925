package th.servicepoint.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.Acting;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.security.Caller;
import th.servicepoint.site.OpeningHours;
import th.servicepoint.site.ServicePoint;

/**
 * Joining a queue from a phone (issue 18): a citizen who is not in the hall yet takes a normal ticket of channel
 * REMOTE through the public join page, for a service whose agency opened remote joining, within its limits: the
 * opening hours (narrowed to the service's window), a daily share, one active remote ticket per device. The ticket
 * goes through the same issuing as a kiosk's ({@link TicketIssuer}) and is then called, marked no-show and put back
 * like any other.
 */
@ApplicationScoped
public class RemoteJoining {

    private final TicketIssuer issuer;
    private final RemoteTickets remote;
    private final Catalog catalog;
    private final WaitEstimator estimator;
    private final AuditTrail audit;
    private final Caller caller;
    private final TicketLinks links;
    private final Clock clock;

    RemoteJoining(TicketIssuer issuer, RemoteTickets remote, Catalog catalog, WaitEstimator estimator,
            AuditTrail audit, Caller caller, TicketLinks links, Clock clock) {
        this.issuer = issuer;
        this.remote = remote;
        this.catalog = catalog;
        this.estimator = estimator;
        this.audit = audit;
        this.caller = caller;
        this.links = links;
        this.clock = clock;
    }

    /** The active services of a service point that take remote tickets, with their queues now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RemoteService> offer(String servicePointCode) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, servicePoint.zone());
        Map<Long, ServiceLoad> loads = estimator.loads(servicePoint.id, day);
        Map<Long, Integer> issued = remote.issuedAt(servicePoint.id, day);
        return catalog.services(servicePoint).stream().filter(s -> s.active && s.remoteJoin)
                .map(s -> listing(IssueTarget.of(servicePoint, s), s, loads.get(s.id), issued, now)).toList();
    }

    private static RemoteService listing(IssueTarget target, Service service, ServiceLoad load,
            Map<Long, Integer> issued, Instant now) {
        OpeningHours hours = target.remoteHours();
        boolean open = hours.isOpen(now);
        int left = Math.max(0, target.remoteDailyLimit() - issued.getOrDefault(service.id, 0));
        return new RemoteService(service.prefix, service.nameTh, service.nameEn, load.waiting(),
                load.estimateFor(load.waiting()), load.openCounters(), hours.opens(), hours.closes(), open,
                open ? null : hours.nextOpening(now), left);
    }

    /** Issues a remote ticket to the device, or says in Thai and English why not. */
    @Transactional
    public TicketView join(String servicePointCode, RemoteJoinRequest request) {
        IssueTarget target = issuer.target(servicePointCode, request.service(), this::requireCitizen);
        if (!target.remote().enabled()) {
            throw ProblemException.conflict("REMOTE_JOIN_OFF",
                    "งาน " + target.nameTh() + " ไม่เปิดให้จองคิวออนไลน์ กรุณากดบัตรคิวที่ตู้เมื่อมาถึงสำนักงาน",
                    target.nameEn() + " cannot be joined from a phone; please take a ticket at the kiosk when you"
                            + " arrive");
        }
        AuditTrail.Actor actor = audit.actor();
        OpeningHours hours = target.remoteHours();
        if (!hours.isOpen(actor.at())) {
            throw TicketIssuer.outside("REMOTE_JOIN_CLOSED", hours, actor.at(),
                    "ขณะนี้อยู่นอกช่วงเวลารับคิวออนไลน์ของงาน " + target.nameTh() + " ({hours} น.)",
                    " เปิดรับคิวออนไลน์อีกครั้ง",
                    "Joining " + target.nameEn() + " from a phone is closed now (open {hours})",
                    "; it opens again on");
        }
        String device = RemoteTickets.deviceHash(request.device());
        remote.lockDevice(device);
        remote.heldBy(device, actor.at()).ifPresent(number -> {
            throw ProblemException.conflict("REMOTE_TICKET_HELD",
                    "โทรศัพท์เครื่องนี้มีบัตรคิวออนไลน์ " + number
                            + " ที่ยังใช้ได้อยู่แล้ว จองได้ครั้งละหนึ่งใบ เมื่อได้รับบริการหรือบัตรนั้นสิ้นสุดแล้วจึงจองใหม่ได้",
                    "This phone already holds remote ticket " + number
                            + ", still valid; one at a time: you may join again once it is served or over");
        });
        TicketView issued = issuer.issue(target, actor, Priority.NORMAL, Channel.REMOTE, new IssueSteps() {
            @Override
            public void numbered(IssueTarget numbered, LocalDate day) {
                requireShareLeft(numbered, day);
            }

            @Override
            public void inserted(long ticketId) {
                remote.record(ticketId, device);
            }
        });
        return issued.withTrackingUrl(links.tracking(issued.trackingToken()));
    }

    /**
     * Counted under the number's row lock, so of two requests for the last remote place one waits for the other and
     * then counts its ticket.
     */
    private void requireShareLeft(IssueTarget target, LocalDate day) {
        int limit = target.remoteDailyLimit();
        if (remote.issued(target.serviceId(), day) >= limit) {
            throw ProblemException.conflict("REMOTE_SHARE_TAKEN",
                    "บัตรคิวออนไลน์ของงาน " + target.nameTh() + " วันนี้หมดแล้ว (" + limit
                            + " ใบ) ท่านยังกดบัตรคิวที่ตู้ได้เมื่อมาถึงสำนักงาน หากบัตรคิวของวันยังไม่หมด",
                    "Today's " + limit + " remote tickets for " + target.nameEn()
                            + " are taken; you may still take a ticket at the kiosk when you arrive, while"
                            + " the day's tickets last");
        }
    }

    /**
     * Remote tickets are the citizen's own: their ticket page shows the survey link once served. Staff and devices
     * (signed in, or sending a device key) would hold that link, so they issue through the kiosk and counter paths.
     */
    private void requireCitizen() {
        if (!Acting.ANONYMOUS.equals(caller.name())) {
            throw ProblemException.forbidden(
                    "การจองคิวออนไลน์สำหรับประชาชนเท่านั้น เจ้าหน้าที่และอุปกรณ์ออกบัตรคิวผ่านตู้หรือช่องบริการ",
                    "Joining from a phone is for citizens; staff and devices issue tickets at the kiosk or counter");
        }
    }
}
