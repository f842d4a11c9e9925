package th.servicepoint.notify;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.audit.AuditedPurge;

/**
 * Clears followers' addresses (LINE user ids, push subscriptions, phone numbers and their hashes) with their ticket's
 * tracking token, or a complaint's LINE followers with its contact: after the retention period nothing ties a ticket to a
 * person's LINE account or phone. The notices
 * stay, as they say nothing about anyone.
 */
@ApplicationScoped
public class FollowerPurge {

    private static final String PURGE = """
            with batch as (
                select f.id from ticket_follower f join service_point sp on sp.id = f.service_point_id
                where f.ticket_id is not null and (f.address is not null or f.address_hash is not null)
                  and f.business_day < cast((cast(:before as timestamptz) at time zone sp.time_zone) as date)
                limit :limit
                for update of f skip locked)
            update ticket_follower f set address = null, address_hash = null,
                stopped_at = coalesce(f.stopped_at, cast(:before as timestamptz))
            from batch where f.id = batch.id
            """;

    /** Followers of complaints whose contact the complaint purge clears: closed before {@code :before}. */
    private static final String PURGE_COMPLAINTS = """
            with batch as (
                select f.id from ticket_follower f join complaint c on c.id = f.complaint_id
                where f.address is not null and c.status = 'CLOSED' and c.updated_at < :before
                limit :limit
                for update of f skip locked)
            update ticket_follower f set address = null, stopped_at = coalesce(f.stopped_at, :before)
            from batch where f.id = batch.id
            """;

    private final AuditedPurge purge;

    FollowerPurge(AuditedPurge purge) {
        this.purge = purge;
    }

    /** Clears at most {@code limit} followers of tickets whose business day ended before {@code before}. */
    public int purgeBatch(Instant before, int limit) {
        return purge.run(PURGE, Map.of("before", before, "limit", limit), "PURGE_FOLLOWER_ADDRESSES",
                cleared -> "addresses of " + cleared + " ticket followers whose business day ended before " + before);
    }

    /** Clears at most {@code limit} followers of complaints closed before {@code before}. */
    public int purgeComplaintBatch(Instant before, int limit) {
        return purge.run(PURGE_COMPLAINTS, Map.of("before", before, "limit", limit), "PURGE_FOLLOWER_ADDRESSES",
                cleared -> "addresses of " + cleared + " complaint followers of complaints closed before " + before);
    }
}
