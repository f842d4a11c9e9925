package th.servicepoint.notify;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.RunsIn;
import th.servicepoint.queue.Channel;
import th.servicepoint.queue.RemoteTickets;
import th.servicepoint.queue.Ticket;
import th.servicepoint.queue.TicketCompanion;

/**
 * Following a ticket on LINE without giving any personal data: the ticket's page offers a link that opens a chat with
 * the agency's account with a message typed in; the message holds a one-time code (not the tracking token, which
 * would then sit in LINE's chat history), and sending it binds the LINE user to the ticket. Once used, the page offers
 * a new code, so each member of a family can follow on their own phone.
 */
@ApplicationScoped
class LineLinks implements TicketCompanion {

    /** No 0/O, 1/I/L: codes are read off a screen and may be typed by hand. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("\\b([A-Z2-9]{4})-?([A-Z2-9]{4})\\b");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final LineChannel line;
    private final LineSettings settings;
    private final Followers followers;
    private final LineCards cards;
    private final RemoteTickets remoteTickets;
    private final Clock clock;

    LineLinks(EntityManager entityManager, LineChannel line, LineSettings settings, Followers followers,
            LineCards cards, RemoteTickets remoteTickets, Clock clock) {
        this.entityManager = entityManager;
        this.line = line;
        this.settings = settings;
        this.followers = followers;
        this.cards = cards;
        this.remoteTickets = remoteTickets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<LineInvite> lineInvite(Ticket ticket) {
        if (!line.configured() || !Followers.FOLLOWABLE.contains(ticket.status)) {
            return Optional.empty();
        }
        String text = "ติดตามคิว " + ticket.number + " รหัส " + openCode(ticket.id);
        String basicId = settings.basicId().orElseThrow();
        return Optional.of(new LineInvite(LineMessages.chatUrl(basicId, text), text));
    }

    /** The code a message holds, upper-cased and with its dash, if it holds one. */
    static Optional<String> codeIn(String message) {
        Matcher matcher = CODE.matcher(message.toUpperCase());
        return matcher.find() ? Optional.of(matcher.group(1) + "-" + matcher.group(2)) : Optional.empty();
    }

    /** The agency of the ticket a code was made for, looked up across agencies: the code is all LINE sends. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    Optional<Long> agencyOf(String code) {
        @SuppressWarnings("unchecked")
        List<Number> agency = entityManager.createNativeQuery("select agency_id from line_link_code where code = :code")
                .setParameter("code", code).getResultList();
        return agency.stream().findFirst().map(Number::longValue);
    }

    /**
     * Binds the LINE user to the code's ticket and uses the code up, in the ticket's agency's scope. The same user
     * sending the same code again (LINE redelivers webhooks) finds their following as it was.
     */
    @Transactional
    Map<String, Object> link(String code, String userId) {
        LineLinkCode link = LineLinkCode.findById(code);
        Ticket ticket = Ticket.findById(link.ticketId);
        boolean followsAlready = TicketFollower.count("ticketId = ?1 and channel = ?2 and address = ?3", ticket.id,
                FollowerChannel.LINE, userId) > 0;
        if (link.usedAt != null && !followsAlready) {
            throw ProblemException.conflict("CODE_USED",
                    "รหัสนี้ใช้ไปแล้ว กรุณากดปุ่ม LINE ในหน้าบัตรคิวอีกครั้งเพื่อรับรหัสใหม่",
                    "This code has been used; tap the LINE button on the ticket page again for a new one");
        }
        requireOneRemoteTicket(ticket, userId);
        followers.follow(ticket, FollowerChannel.LINE, userId);
        if (link.usedAt == null) {
            link.usedAt = clock.instant();
        }
        return cards.of(ticket);
    }

    /**
     * One active ticket joined from a phone per LINE user, as per device: a second one is not followed (issue 18). The
     * user's followings in the ticket's agency count; another agency's queue is its own.
     */
    private void requireOneRemoteTicket(Ticket ticket, String userId) {
        if (ticket.channel != Channel.REMOTE) {
            return;
        }
        List<TicketFollower> others = TicketFollower.list(
                "channel = ?1 and address = ?2 and stoppedAt is null and ticketId is not null and ticketId <> ?3",
                FollowerChannel.LINE, userId, ticket.id);
        for (TicketFollower other : others) {
            if (remoteTickets.isActiveRemote(other.ticketId)) {
                throw ProblemException.conflict("REMOTE_TICKET_HELD",
                        "บัญชี LINE นี้ติดตามบัตรคิวที่จองจากโทรศัพท์อยู่แล้ว 1 ใบ กรุณาใช้บัตรคิวใบนั้น",
                        "This LINE account already follows a ticket taken from a phone; please use that one");
            }
        }
    }

    /** A notice sent to a LINE user, which their quick reply answers: whose it is, and its ticket. */
    record Answered(long agencyId, long ticketId) {
    }

    /** The notice a quick reply answers, if it was sent to this user; found across agencies, as the code is. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    Optional<Answered> answered(String notice, String userId) {
        if (!notice.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select n.agency_id, n.ticket_id from notice n join ticket_follower f on f.id = n.follower_id
                where n.id = :notice and f.channel = 'LINE' and f.address = :user
                """, Tuple.class).setParameter("notice", Long.parseLong(notice)).setParameter("user", userId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Answered(row.get("agency_id", Number.class).longValue(),
                row.get("ticket_id", Number.class).longValue()));
    }

    /** The user blocked the account: every following of theirs stops, in every agency. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    void unfollow(String userId) {
        entityManager.createNativeQuery("update ticket_follower set stopped_at = :now where channel = 'LINE'"
                + " and address = :user and stopped_at is null").setParameter("now", clock.instant())
                .setParameter("user", userId).executeUpdate();
    }

    /**
     * The ticket's unused code; made when there is none (the live page reads it after every queue event). Another
     * request may make one at the same time, or a new code may be one that exists: the insert then does nothing, and
     * the code found after it counts.
     */
    private String openCode(long ticketId) {
        Optional<String> code = unusedCode(ticketId);
        for (int tries = 0; code.isEmpty() && tries < 3; tries++) {
            entityManager.createNativeQuery("""
                    insert into line_link_code (code, ticket_id, created_at) values (:code, :ticket, :now)
                    on conflict do nothing
                    """).setParameter("code", newCode()).setParameter("ticket", ticketId)
                    .setParameter("now", clock.instant()).executeUpdate();
            code = unusedCode(ticketId);
        }
        return code.orElseThrow(() -> new IllegalStateException("No LINE code could be made"));
    }

    private Optional<String> unusedCode(long ticketId) {
        @SuppressWarnings("unchecked")
        List<String> codes = entityManager
                .createNativeQuery("select code from line_link_code where ticket_id = :ticket and used_at is null")
                .setParameter("ticket", ticketId).getResultList();
        return codes.stream().findFirst();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
