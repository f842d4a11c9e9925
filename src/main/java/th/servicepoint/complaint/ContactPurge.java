package th.servicepoint.complaint;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.audit.AuditedPurge;

/**
 * Removes the contacts of complaints closed long ago (data retention); the complaint, its text, status and answer
 * stay, so the complaint counts do not change. An open complaint keeps its contact however old: the agency may still
 * have to reach the complainant. A complaint's status only moves forward, so a closed one's {@code updated_at} is when
 * it was closed.
 */
@ApplicationScoped
public class ContactPurge {

    private static final String PURGE = """
            with batch as (
                select id from complaint
                where contact is not null and status = 'CLOSED' and updated_at < :before
                limit :limit
                for update skip locked)
            update complaint c set contact = null, contact_removed_at = :now from batch where c.id = batch.id
            """;

    private final AuditedPurge purge;

    ContactPurge(AuditedPurge purge) {
        this.purge = purge;
    }

    /**
     * Removes at most {@code limit} contacts of complaints closed before {@code before}, noting {@code now} as the
     * time of removal, with an audit row in the same transaction; returns how many.
     */
    public int purgeBatch(Instant before, Instant now, int limit) {
        return purge.run(PURGE, Map.of("before", before, "now", now, "limit", limit), "PURGE_COMPLAINT_CONTACTS",
                cleared -> "contacts of " + cleared + " complaints closed before " + before);
    }
}
