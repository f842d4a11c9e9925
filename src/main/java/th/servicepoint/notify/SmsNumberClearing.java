package th.servicepoint.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.audit.AuditedPurge;
import th.servicepoint.common.RetentionSettings;
import th.servicepoint.common.RunsIn;
import th.servicepoint.queue.QueueSettings;

/**
 * A number is kept only while a text may still go to it (PDPA): once its ticket is finished and its last notice is
 * out, the number is cleared and only its keyed hash stays (for the limits), until the retention purge clears that with
 * the ticket's link. Finished is done or cancelled {@link SmsSettings#clearAfter()} ago, a no-show past the reactivate
 * window as well, or the follower stopped (the citizen said stop, a new number, the gateway refused it); a ticket two
 * days old is cleared whatever its notices. Rows are claimed with {@code skip locked}, so instances running this at
 * once clear disjoint rows.
 */
@ApplicationScoped
public class SmsNumberClearing {

    private static final String CLEAR = """
            with batch as (
                select f.id from ticket_follower f join ticket t on t.id = f.ticket_id
                where f.channel = 'SMS' and f.address is not null
                  and (f.stopped_at is not null
                       or t.business_day < :twoDaysAgo
                       or (((t.status in ('DONE', 'CANCELLED') and t.finished_at < :finishedBefore)
                            or (t.status = 'NO_SHOW' and t.finished_at < :noShowBefore))
                           and not exists (select 1 from notice n where n.follower_id = f.id and n.state = 'PENDING')))
                limit :limit
                for update of f skip locked)
            update ticket_follower f set address = null, stopped_at = coalesce(f.stopped_at, :now)
            from batch where f.id = batch.id
            """;

    private final AuditedPurge purge;
    private final SmsSettings settings;
    private final QueueSettings queue;
    private final RetentionSettings retention;
    private final Clock clock;

    SmsNumberClearing(AuditedPurge purge, SmsSettings settings, QueueSettings queue, RetentionSettings retention,
            Clock clock) {
        this.purge = purge;
        this.settings = settings;
        this.queue = queue;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(identity = "sms-number-clearing", every = "${servicepoint.notify.sms.clear-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        clear();
    }

    /** Clears every number no text may still go to, in every agency; returns how many. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    public long clear() {
        Instant now = clock.instant();
        Instant finishedBefore = now.minus(settings.clearAfter());
        Map<String, Object> parameters = Map.of("now", now, "finishedBefore", finishedBefore, "noShowBefore",
                finishedBefore.minus(queue.reactivateWindow()), "twoDaysAgo",
                LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2),
                "limit", retention.batchSize());
        long total = 0;
        int cleared;
        do {
            cleared = purge.run(CLEAR, parameters, "CLEAR_SMS_NUMBERS",
                    n -> "numbers of " + n + " SMS followers whose tickets are finished (their hashes stay)");
            total += cleared;
        } while (cleared == retention.batchSize());
        return total;
    }
}
