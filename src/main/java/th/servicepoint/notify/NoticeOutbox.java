package th.servicepoint.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** For the followers of a ticket, a complaint or an appointment (%s names the column). */
    private static final String QUEUE = """
            insert into notice (follower_id, ticket_id, complaint_id, appointment_id, kind, dedupe_key, text_th,
                                text_en, url, offers_more_time, event_at, created_at, next_attempt_at)
            select f.id, f.ticket_id, f.complaint_id, f.appointment_id, :kind, :dedupeKey, :textTh, :textEn, :url, :offersMoreTime,
                   :eventAt, :now, :now
            from ticket_follower f
            where f.%s = :subject and f.stopped_at is null and f.channel in (:channels)
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
            from due, ticket_follower f
            where n.id = due.id and f.id = n.follower_id
            returning n.id, n.kind,
                      coalesce((select t.number from ticket t where t.id = n.ticket_id),
                               (select c.tracking_code from complaint c where c.id = n.complaint_id)) number,
                      n.text_th, n.text_en, n.url, n.offers_more_time, n.retry_key,
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
        return queue("ticket_id", ticketId, words, eventAt, now, channels);
    }

    /** Queues the notice for every active follower of the complaint; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int queueForComplaint(long complaintId, NoticeWording.Words words, Instant eventAt,
            List<FollowerChannel> channels) {
        return queue("complaint_id", complaintId, words, eventAt, eventAt, channels);
    }

    /** Queues the reminder for the appointment's contact on the given channels; returns how many (none: sent before). */
    @Transactional(Transactional.TxType.MANDATORY)
    int queueForAppointment(long appointmentId, NoticeWording.Words words, Instant now,
            List<FollowerChannel> channels) {
        return queue("appointment_id", appointmentId, words, now, now, channels);
    }

    private int queue(String subject, long id, NoticeWording.Words words, Instant eventAt, Instant now,
            List<FollowerChannel> channels) {
        if (channels.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery(QUEUE.formatted(subject)).setParameter("kind", words.kind().name())
                .setParameter("dedupeKey", words.dedupeKey()).setParameter("textTh", words.textTh())
                .setParameter("textEn", words.textEn()).setParameter("url", words.url())
                .setParameter("offersMoreTime", words.offersMoreTime()).setParameter("eventAt", eventAt)
                .setParameter("now", now).setParameter("subject", id)
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

    /** Records the answers of a batch in one transaction: a few statements, whatever its size. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    void record(List<NoticeDelivery.Outcome> outcomes, Instant now) {
        Map<String, List<NoticeOutbox.Claimed>> byState = outcomes.stream().collect(Collectors.groupingBy(
                NoticeDelivery.Outcome::state, Collectors.mapping(NoticeDelivery.Outcome::claimed, Collectors.toList())));
        List<Long> sent = ids(byState.get("SENT"));
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("update notice set state = 'SENT', sent_at = :now, claimed_until = null"
                    + " where id in (:ids)").setParameter("now", now).setParameter("ids", sent).executeUpdate();
        }
        finish(ids(byState.get("OVER_BUDGET")), "OVER_BUDGET");
        List<NoticeOutbox.Claimed> gone = byState.getOrDefault("GONE", List.of());
        finish(ids(gone), "GONE");
        if (!gone.isEmpty()) {
            // the address no longer works: its follower hears nothing more
            entityManager.createNativeQuery("update ticket_follower set stopped_at = :now where id in (:ids)"
                    + " and stopped_at is null").setParameter("now", now)
                    .setParameter("ids", gone.stream().map(Claimed::followerId).toList()).executeUpdate();
        }
        byState.getOrDefault("FAILED", List.of()).forEach(failed -> failed(failed, now));
    }

    /** Tried again later, each time twice as long after; given up after {@link NotifySettings#maxAttempts()}. */
    private void failed(Claimed claimed, Instant now) {
        long id = claimed.notice().id();
        if (claimed.attempts() >= settings.maxAttempts()) {
            finish(List.of(id), "FAILED");
            return;
        }
        Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(claimed.attempts() - 1, 16));
        entityManager.createNativeQuery("update notice set next_attempt_at = :next, claimed_until = null"
                + " where id = :id").setParameter("next", now.plus(wait)).setParameter("id", id).executeUpdate();
    }

    private static List<Long> ids(List<Claimed> claimed) {
        return claimed == null ? List.of() : claimed.stream().map(c -> c.notice().id()).toList();
    }

    private void finish(List<Long> ids, String state) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("update notice set state = :state, claimed_until = null where id in (:ids)")
                .setParameter("state", state).setParameter("ids", ids).executeUpdate();
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
