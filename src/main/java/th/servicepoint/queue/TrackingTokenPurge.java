package th.servicepoint.queue;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.audit.AuditedPurge;

/**
 * Clears the tracking tokens of old tickets (data retention): the ticket stays, with everything the queue statistics
 * count, but the link and QR printed on it no longer lead to it; a remote ticket's device hash (V31) goes too. Rows are claimed
 * with {@code skip locked}, so two
 * instances purging at once clear disjoint batches, and a ticket a clerk is changing right now waits for the next run.
 */
@ApplicationScoped
public class TrackingTokenPurge {

    /** Tickets whose business day had ended at their service point before {@code :before}. */
    private static final String PURGE = """
            with batch as (
                select t.id from ticket t join service_point sp on sp.id = t.service_point_id
                where t.tracking_token is not null
                  and t.business_day < cast((cast(:before as timestamptz) at time zone sp.time_zone) as date)
                limit :limit
                for update of t skip locked),
            -- a remote ticket's device hash goes with its link: it is needed only while the ticket is active
            devices as (delete from remote_ticket r using batch where r.ticket_id = batch.id)
            update ticket t set tracking_token = null from batch where t.id = batch.id
            """;

    private final AuditedPurge purge;

    TrackingTokenPurge(AuditedPurge purge) {
        this.purge = purge;
    }

    /**
     * Clears at most {@code limit} tokens of tickets whose business day ended before {@code before}, with an audit row
     * in the same transaction; returns how many. Fewer than {@code limit}: nothing left that is not being purged or
     * changed by someone else.
     */
    public int purgeBatch(Instant before, int limit) {
        return purge.run(PURGE, Map.of("before", before, "limit", limit), "PURGE_TRACKING_TOKENS",
                cleared -> "tracking tokens of " + cleared + " tickets whose business day ended before " + before);
    }
}
