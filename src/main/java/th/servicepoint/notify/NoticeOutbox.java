package th.servicepoint.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.common.RunsIn;

/**
 * The notices waiting to be sent (V30). Written in the transaction of the queue change; taken by any instance's
 * {@link NoticeDispatcher} with {@code skip locked} and a claim that lasts {@link NotifySettings#claimTime()}, so two
 * instances never send the same notice, and one that stopped while sending leaves it to the others after the claim.
 */
@ApplicationScoped
class NoticeOutbox {

    private static final String QUEUE = """
            insert into notice (follower_id, ticket_id, kind, dedupe_key, text_th, text_en, url, offers_more_time,
                                event_at, created_at, next_attempt_at)
            select f.id, f.ticket_id, :kind, :dedupeKey, :textTh, :textEn, :url, :offersMoreTime, :eventAt, :now, :now
            from ticket_follower f
            where f.ticket_id = :ticket and f.stopped_at is null and f.channel in (:channels)
            on conflict (follower_id, dedupe_key) do nothing
            """;

    private static final String CLAIM = """
            with due as (
                select n.id from notice n
                where n.state = 'PENDING' and n.next_attempt_at <= :now
                  and (n.claimed_until is null or n.claimed_until < :now)
                order by n.next_attempt_at, n.id limit :batch
                for update skip locked)
            update notice n set claimed_until = :until, attempts = n.attempts + 1
            from due, ticket_follower f, ticket t
            where n.id = due.id and f.id = n.follower_id and t.id = n.ticket_id
            returning n.id, n.kind, t.number, n.text_th, n.text_en, n.url, n.offers_more_time, n.retry_key,
                      n.attempts, f.id follower_id, f.channel, f.address, f.stopped_at is not null stopped
            """;

    /** A notice taken for sending, with where it goes. */
    record Claimed(Notice notice, int attempts, long followerId, FollowerChannel channel, String address,
            boolean stopped) {
    }

    private final EntityManager entityManager;
    private final NotifySettings settings;

    NoticeOutbox(EntityManager entityManager, NotifySettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** Queues the notice for every active follower of the ticket on the given channels; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int queue(long ticketId, NoticeWording.Words words, Instant eventAt, Instant now,
            List<FollowerChannel> channels) {
        if (channels.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery(QUEUE).setParameter("kind", words.kind().name())
                .setParameter("dedupeKey", words.dedupeKey()).setParameter("textTh", words.textTh())
                .setParameter("textEn", words.textEn()).setParameter("url", words.url())
                .setParameter("offersMoreTime", words.offersMoreTime()).setParameter("eventAt", eventAt)
                .setParameter("now", now).setParameter("ticket", ticketId)
                .setParameter("channels", channels.stream().map(Enum::name).toList()).executeUpdate();
    }

    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    List<Claimed> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(CLAIM, Tuple.class).setParameter("now", now)
                .setParameter("until", now.plus(settings.claimTime())).setParameter("batch", settings.batchSize())
                .getResultList();
        return rows.stream().map(NoticeOutbox::claimed).toList();
    }

    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    void sent(long noticeId, Instant now) {
        entityManager.createNativeQuery("update notice set state = 'SENT', sent_at = :now, claimed_until = null"
                + " where id = :id").setParameter("now", now).setParameter("id", noticeId).executeUpdate();
    }

    /** The address no longer works: the notice is dropped and the follower stopped. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    void gone(long noticeId, long followerId, Instant now) {
        finish(noticeId, "GONE");
        entityManager.createNativeQuery("update ticket_follower set stopped_at = :now where id = :id"
                + " and stopped_at is null").setParameter("now", now).setParameter("id", followerId)
                .executeUpdate();
    }

    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    void overBudget(long noticeId) {
        finish(noticeId, "OVER_BUDGET");
    }

    /** Tried again later, each time twice as long after; given up after {@link NotifySettings#maxAttempts()}. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    void failed(long noticeId, int attempts, Instant now) {
        if (attempts >= settings.maxAttempts()) {
            finish(noticeId, "FAILED");
            return;
        }
        Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
        entityManager.createNativeQuery("update notice set next_attempt_at = :next, claimed_until = null"
                + " where id = :id").setParameter("next", now.plus(wait)).setParameter("id", noticeId)
                .executeUpdate();
    }

    private void finish(long noticeId, String state) {
        entityManager.createNativeQuery("update notice set state = :state, claimed_until = null where id = :id")
                .setParameter("state", state).setParameter("id", noticeId).executeUpdate();
    }

    private static Claimed claimed(Tuple row) {
        Notice notice = new Notice(row.get("id", Number.class).longValue(),
                NoticeKind.valueOf(row.get("kind", String.class)), row.get("number", String.class),
                row.get("text_th", String.class), row.get("text_en", String.class), row.get("url", String.class),
                row.get("offers_more_time", Boolean.class), row.get("retry_key", UUID.class));
        return new Claimed(notice, row.get("attempts", Number.class).intValue(),
                row.get("follower_id", Number.class).longValue(),
                FollowerChannel.valueOf(row.get("channel", String.class)), row.get("address", String.class),
                row.get("stopped", Boolean.class));
    }
}
