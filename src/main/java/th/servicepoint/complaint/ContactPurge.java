package th.servicepoint.complaint;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import th.servicepoint.queue.AuditTrail;

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

    private final EntityManager entityManager;
    private final AuditTrail audit;

    ContactPurge(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /**
     * Removes at most {@code limit} contacts of complaints closed before {@code before}, noting {@code now} as the
     * time of removal, with an audit row in the same transaction; returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBatch(Instant before, Instant now, int limit) {
        int cleared = entityManager.createNativeQuery(PURGE).setParameter("before", before).setParameter("now", now)
                .setParameter("limit", limit).executeUpdate();
        if (cleared > 0) {
            audit.system("PURGE_COMPLAINT_CONTACTS", null,
                    "contacts of " + cleared + " complaints closed before " + before);
        }
        return cleared;
    }
}
