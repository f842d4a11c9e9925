package th.servicepoint.notify;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.complaint.Complaint;
import th.servicepoint.complaint.ComplaintStatus;
import th.servicepoint.queue.Ticket;
import th.servicepoint.queue.TicketStatus;

/** Who follows which ticket, through which channel. */
@ApplicationScoped
public class Followers {

    /** A ticket can be followed until it is served or leaves the queue. */
    static final Set<TicketStatus> FOLLOWABLE = Set.of(TicketStatus.WAITING, TicketStatus.CALLED,
            TicketStatus.SERVING);

    private final CallAheadChecks checks;
    private final NotifySettings settings;
    private final Clock clock;

    Followers(CallAheadChecks checks, NotifySettings settings, Clock clock) {
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Starts following a ticket, in the caller's transaction and the ticket's agency; the same address again is the
     * same follower. A ticket close to its turn already is told so at once (call-ahead).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long follow(Ticket ticket, FollowerChannel channel, String address) {
        requireFollowable(ticket);
        Optional<TicketFollower> same = TicketFollower
                .find("ticketId = ?1 and channel = ?2 and address = ?3 and stoppedAt is null", ticket.id, channel,
                        address)
                .firstResultOptional();
        if (same.isPresent()) {
            return same.get().id;
        }
        if (TicketFollower.count("ticketId = ?1 and channel = ?2 and stoppedAt is null", ticket.id,
                channel) >= settings.followersPerTicket()) {
            throw ProblemException.conflict("TOO_MANY_FOLLOWERS",
                    "บัตรคิว " + ticket.number + " มีผู้ติดตามครบ " + settings.followersPerTicket() + " รายแล้ว",
                    "Ticket " + ticket.number + " already has " + settings.followersPerTicket() + " followers");
        }
        TicketFollower follower = new TicketFollower();
        follower.ticketId = ticket.id;
        follower.servicePointId = ticket.servicePoint.id;
        follower.businessDay = ticket.businessDay;
        follower.channel = channel;
        follower.address = address;
        follower.createdAt = clock.instant();
        follower.persist();
        checks.request(ticket.servicePoint.id, ticket.businessDay);
        return follower.id;
    }

    /**
     * Starts following a complaint's status on LINE, in the complaint's agency; the same user again is the same
     * follower. A closed complaint has nothing more to tell.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long followComplaint(Complaint complaint, String lineUser) {
        if (complaint.status == ComplaintStatus.CLOSED) {
            throw ProblemException.conflict("COMPLAINT_CLOSED",
                    "เรื่องร้องเรียนนี้ดำเนินการเสร็จสิ้นแล้ว ดูคำตอบได้ที่หน้าติดตามเรื่อง",
                    "This complaint is closed; its answer is on the tracking page");
        }
        Optional<TicketFollower> same = TicketFollower
                .find("complaintId = ?1 and channel = ?2 and address = ?3 and stoppedAt is null", complaint.id,
                        FollowerChannel.LINE, lineUser)
                .firstResultOptional();
        if (same.isPresent()) {
            return same.get().id;
        }
        TicketFollower follower = new TicketFollower();
        follower.complaintId = complaint.id;
        follower.channel = FollowerChannel.LINE;
        follower.address = lineUser;
        follower.createdAt = clock.instant();
        follower.persist();
        return follower.id;
    }

    /** Stops one follower of a ticket; false when there was none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean stop(long ticketId, FollowerChannel channel, String address) {
        return TicketFollower.update("stoppedAt = ?1 where ticketId = ?2 and channel = ?3 and address = ?4"
                + " and stoppedAt is null", clock.instant(), ticketId, channel, address) > 0;
    }

    static void requireFollowable(Ticket ticket) {
        if (!FOLLOWABLE.contains(ticket.status)) {
            throw ProblemException.conflict("TICKET_FINISHED",
                    "บัตรคิว " + ticket.number + " ไม่ได้รอรับบริการแล้ว จึงติดตามไม่ได้",
                    "Ticket " + ticket.number + " is no longer in the queue, so it cannot be followed");
        }
    }
}
