package th.servicepoint.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.TooManyRequests;
import th.servicepoint.queue.Ticket;
import th.servicepoint.queue.TicketLinks;
import th.servicepoint.queue.TicketStatus;

/**
 * A citizen gives a number to be texted about their ticket, from the ticket page or at the kiosk right after it
 * printed; the ticket's tracking token is the only credential, so the limits are what stop whoever holds one from
 * texting strangers: one number at a time per ticket and {@link SmsSettings#numbersPerTicket()} in all, a number on at
 * most {@link SmsSettings#ticketsPerNumberPerDay()} tickets a day (counted by its hash, across agencies), and the
 * endpoint's per-client rate limit. The kiosk uses this endpoint too instead of taking the number with the ticket,
 * so no personal data passes through the queue and a kiosk ticket is issued exactly as before.
 */
@ApplicationScoped
public class SmsSignups {

    /** The SMS followers of a ticket, newest first, with whether each is still active. */
    private static final String NUMBERS_OF_TICKET = """
            select id, address, address_hash, stopped_at is null from ticket_follower
            where ticket_id = :ticket and channel = 'SMS' order by id desc
            """;
    /** Other tickets a number was given for since the start of the day (any agency: run in the installation scope). */
    private static final String TICKETS_OF_NUMBER = """
            select count(distinct ticket_id) from ticket_follower
            where channel = 'SMS' and address_hash = :hash and created_at >= :since and ticket_id <> :ticket
            """;
    /** Numbers given since the start of the day, in the agency of the request (row-level security keeps to it). */
    private static final String NUMBERS_TODAY = """
            select count(*) from ticket_follower where channel = 'SMS' and created_at >= :since
            """;
    private static final String STOP = """
            update ticket_follower set address = null, stopped_at = coalesce(stopped_at, :now)
            where ticket_id = :ticket and channel = 'SMS' and address is not null
            """;

    private static final Set<TicketStatus> OPEN = Set.of(TicketStatus.WAITING, TicketStatus.CALLED,
            TicketStatus.SERVING);

    private final SmsChannel channel;
    private final SmsSettings settings;
    private final PhoneHashes hashes;
    private final Followers followers;
    private final TicketLinks links;
    private final EntityManager entityManager;
    private final Clock clock;

    SmsSignups(SmsChannel channel, SmsSettings settings, PhoneHashes hashes, Followers followers, TicketLinks links,
            EntityManager entityManager, Clock clock) {
        this.channel = channel;
        this.settings = settings;
        this.hashes = hashes;
        this.followers = followers;
        this.links = links;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What the ticket page and the kiosk show: whether SMS is offered for the ticket, and to which number. */
    public SmsView view(String trackingToken) {
        return QuarkusTransaction.requiringNew().call(() -> view(ticket(trackingToken)));
    }

    /**
     * Texts the ticket's news to this number from now on, instead of any number given before. Giving the same number
     * again changes nothing.
     */
    public SmsView follow(String trackingToken, String typed) {
        requireOffered();
        ThaiMobile number = ThaiMobile.parse(typed);
        String hash = hashes.of(number);
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            Ticket ticket = ticket(trackingToken);
            return new Target(ticket.id, ticket.servicePoint.zone());
        });
        requireUnderDailyLimit(hash, target);
        return QuarkusTransaction.requiringNew().call(() -> {
            Ticket current = ticket(trackingToken);
            lockNumbersOf(current.id);
            List<Given> given = numbers(current.id);
            if (given.stream().anyMatch(n -> n.active() && hash.equals(n.hash()))) {
                return view(current);
            }
            long others = given.stream().map(Given::hash).filter(h -> h != null && !h.equals(hash)).distinct()
                    .count();
            if (others >= settings.numbersPerTicket()) {
                throw ProblemException.conflict("SMS_NUMBERS_PER_TICKET",
                        "บัตรคิวหนึ่งใบใช้ได้ไม่เกิน " + settings.numbersPerTicket()
                                + " หมายเลข เปลี่ยนเบอร์อีกไม่ได้แล้ว หากต้องการความช่วยเหลือ กรุณาติดต่อเจ้าหน้าที่",
                        "A ticket can be texted to at most " + settings.numbersPerTicket()
                                + " numbers, so the number cannot be changed again; please ask a member of staff");
            }
            requireUnderAgencyBudget(target);
            stop(current.id);
            long follower = followers.follow(current, FollowerChannel.SMS, number.e164());
            TicketFollower.update("addressHash = ?1 where id = ?2", hash, follower);
            return view(current);
        });
    }

    /** No more texts for this ticket: the number is cleared now (its hash stays for the limits). */
    public SmsView stop(String trackingToken) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Ticket ticket = ticket(trackingToken);
            stop(ticket.id);
            return view(ticket);
        });
    }

    private void requireOffered() {
        if (!channel.configured()) {
            throw ProblemException.conflict("SMS_NOT_OFFERED",
                    "หน่วยงานนี้ยังไม่เปิดบริการแจ้งเตือนทาง SMS กรุณาเปิดหน้าบัตรคิวนี้ไว้ หรือติดตามคิวทางช่องทางอื่น",
                    "This agency does not send SMS notices; keep this ticket page open, or follow the ticket another "
                            + "way");
        }
    }

    /**
     * A number on too many tickets today: 429 until midnight at the ticket's service point. Counted in a transaction
     * of its own, in the installation's scope, by the number's hash; two sign-ups at the same instant may both pass,
     * which lets a number have one ticket more at most.
     */
    private void requireUnderDailyLimit(String hash, Target ticket) {
        ZoneId zone = ticket.zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant since = today.atStartOfDay(zone).toInstant();
        long tickets = AgencyScopes.call(AgencyScope.INSTALLATION,
                () -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery(TICKETS_OF_NUMBER).setParameter("hash", hash).setParameter("since", since)
                        .setParameter("ticket", ticket.id()).getSingleResult()).longValue()));
        if (tickets >= settings.ticketsPerNumberPerDay()) {
            long retryAfter = Math.max(1,
                    Duration.between(now, today.plusDays(1).atStartOfDay(zone).toInstant()).toSeconds());
            throw new TooManyRequests(retryAfter, "SMS_NUMBER_DAILY_LIMIT",
                    "หมายเลขนี้รับ SMS แจ้งเตือนครบ " + settings.ticketsPerNumberPerDay()
                            + " บัตรคิวของวันนี้แล้ว กรุณาเปิดหน้าบัตรคิวนี้ไว้เพื่อติดตามคิว หรือใช้หมายเลขอื่น",
                    "This number already gets SMS notices for " + settings.ticketsPerNumberPerDay()
                            + " tickets today; keep this ticket page open to follow your turn, or use another number");
        }
    }

    /**
     * The agency's numbers of the day used up (servicepoint.notify.sms.numbers-per-agency-per-day): 409, the ticket page
     * stays the way to follow the ticket. Counted in the request's transaction; sign-ups at the same instant may pass
     * it by one or two.
     */
    private void requireUnderAgencyBudget(Target ticket) {
        if (settings.numbersPerAgencyPerDay().isEmpty()) {
            return;
        }
        int budget = settings.numbersPerAgencyPerDay().get();
        Instant since = LocalDate.ofInstant(clock.instant(), ticket.zone()).atStartOfDay(ticket.zone()).toInstant();
        long today = ((Number) entityManager.createNativeQuery(NUMBERS_TODAY).setParameter("since", since)
                .getSingleResult()).longValue();
        if (today >= budget) {
            throw ProblemException.conflict("SMS_DAILY_BUDGET",
                    "วันนี้หน่วยงานส่ง SMS แจ้งเตือนครบตามจำนวนที่กำหนดแล้ว กรุณาเปิดหน้าบัตรคิวนี้ไว้เพื่อติดตามคิว",
                    "The agency has taken as many numbers for SMS as it may today; keep this ticket page open to follow "
                            + "your turn");
        }
    }

    private Ticket ticket(String trackingToken) {
        Optional<Ticket> ticket = Ticket.byTrackingToken(trackingToken);
        if (ticket.isEmpty()) {
            links.trackingOf(trackingToken); // 404 TICKET_NOT_FOUND, worded as for the ticket page itself
        }
        return ticket.orElseThrow();
    }

    /**
     * Offered while a text can still come: waiting, called or being served (a survey link comes after the service,
     * where the agency texts it); a finished ticket has nothing more to say.
     */
    private SmsView view(Ticket ticket) {
        boolean offered = channel.configured() && OPEN.contains(ticket.status);
        List<Given> given = numbers(ticket.id);
        String phone = given.stream().filter(n -> n.active() && n.address() != null).findFirst()
                .map(n -> ThaiMobile.ofE164(n.address()).masked()).orElse(null);
        long used = given.stream().map(Given::hash).filter(h -> h != null).distinct().count();
        return new SmsView(offered, phone, settings.kinds().stream().sorted().toList(),
                (int) Math.max(0, settings.numbersPerTicket() - used));
    }

    /**
     * Two sign-ups for one ticket at once, on any instances, take their turns, so a ticket never ends up texting two
     * numbers nor past its number limit.
     */
    private void lockNumbersOf(long ticket) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", (long) ("sms numbers of ticket " + ticket).hashCode()).getSingleResult();
    }

    private void stop(long ticket) {
        entityManager.createNativeQuery(STOP).setParameter("ticket", ticket).setParameter("now", clock.instant())
                .executeUpdate();
    }

    private record Target(long id, ZoneId zone) {
    }

    /** A number given for the ticket: the active one has its address until the ticket is finished. */
    private record Given(long id, String address, String hash, boolean active) {
    }

    @SuppressWarnings("unchecked")
    private List<Given> numbers(long ticket) {
        List<Object[]> rows = entityManager.createNativeQuery(NUMBERS_OF_TICKET).setParameter("ticket", ticket)
                .getResultList();
        return rows.stream().map(row -> new Given(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (Boolean) row[3])).toList();
    }
}
