package th.servicepoint.appointment;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.audit.AuditedPurge;

/**
 * Clears the contacts of appointments whose slot ended long ago (data retention): a contact is for reminders only, and
 * once the slot is over nothing is left to remind of. The appointment stays with its contact's keyed hash, which the
 * per-contact cap and the no-show rule count by. Every status is past its reminders by then (a booking nobody marked
 * still counts as over: its check-in window closed minutes after its start).
 */
@ApplicationScoped
public class AppointmentContactPurge {

    private static final String PURGE = """
            with batch as (
                select id from appointment
                where contact is not null and slot_end < :before
                limit :limit
                for update skip locked)
            update appointment a set contact = null from batch where a.id = batch.id
            """;

    private final AuditedPurge purge;

    AppointmentContactPurge(AuditedPurge purge) {
        this.purge = purge;
    }

    /** Clears at most {@code limit} contacts of appointments whose slot ended before {@code before}; returns how many. */
    public int purgeBatch(Instant before, int limit) {
        return purge.run(PURGE, Map.of("before", before, "limit", limit), "PURGE_APPOINTMENT_CONTACTS",
                cleared -> "contacts of " + cleared + " appointments whose slot ended before " + before);
    }
}
