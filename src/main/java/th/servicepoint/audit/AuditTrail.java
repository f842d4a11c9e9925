package th.servicepoint.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** Writes who did what, where and why, in the transaction of the change itself. */
@ApplicationScoped
public class AuditTrail {

    /** The actor of rows written by scheduled jobs (the day's end, purges, report snapshots). */
    public static final String SYSTEM = "system";

    private final Acting caller;
    private final Clock clock;

    /** Who acts, and when, as every audit row records it. */
    public record Actor(Instant at, String name, Long userId, Long deviceId) {
    }

    AuditTrail(Acting caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** A clerk's or kiosk's action on a ticket; {@code counterId} is null where no counter acted (issuing). */
    public void ticket(String action, long servicePointId, long ticketId, Long counterId, String reason,
            String detail) {
        AuditEntry entry = entry(action, servicePointId, counterId, reason, detail);
        entry.ticketId = ticketId;
        entry.persist();
    }

    public void counter(String action, long servicePointId, long counterId, String detail) {
        entry(action, servicePointId, counterId, null, detail).persist();
    }

    /**
     * An administrator's change to configuration (service points, services, counters, users, device keys). The
     * detail names what changed and never holds a password or a device key.
     */
    public void admin(String action, Long servicePointId, String detail) {
        entry(action, servicePointId, null, null, shorten(detail)).persist();
    }

    /**
     * A staff read or change of complaints, so that who saw a confidential one can be answered. The detail names
     * complaints by id and never holds their text or contact.
     */
    public void complaint(String action, Long servicePointId, String detail) {
        entry(action, servicePointId, null, null, shorten(detail)).persist();
    }

    /**
     * A booking, cancellation, check-in or no-show of an appointment; the detail names the appointment by id and
     * never holds its code or contact.
     */
    public void appointment(String action, Long servicePointId, String detail) {
        entry(action, servicePointId, null, null, shorten(detail)).persist();
    }

    /** An executive's or administrator's change to the measures register; the detail names the measure by id. */
    public void measure(String action, Long servicePointId, String detail) {
        entry(action, servicePointId, null, null, shorten(detail)).persist();
    }

    /** An executive's or administrator's report snapshot; the detail names the snapshot by id, version and hash. */
    public void report(String action, Long servicePointId, String detail) {
        entry(action, servicePointId, null, null, shorten(detail)).persist();
    }

    /**
     * What a scheduled job did on its own (snapshots, mail), written as {@code system}: there is no caller, and a job
     * may run outside any request.
     */
    public void system(String action, Long servicePointId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = SYSTEM;
        entry.action = action;
        entry.servicePointId = servicePointId;
        entry.detail = shorten(detail);
        entry.persist();
    }

    /**
     * A refusal of someone not (yet) signed in, such as sign-in guessing, written as {@link Acting#ANONYMOUS}: who is
     * calling is what is being decided, so the caller cannot be asked.
     */
    public void refused(String action, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = Acting.ANONYMOUS;
        entry.action = action;
        entry.detail = shorten(detail);
        entry.persist();
    }

    /** The caller now, for rows written without an entity (such as tickets issued in bulk). */
    public Actor actor() {
        return new Actor(clock.instant(), caller.name(), caller.userId().orElse(null), caller.deviceId().orElse(null));
    }

    /** The detail column holds 1000 characters. */
    private static String shorten(String detail) {
        return detail != null && detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    private AuditEntry entry(String action, Long servicePointId, Long counterId, String reason, String detail) {
        Actor actor = actor();
        AuditEntry entry = new AuditEntry();
        entry.at = actor.at();
        entry.actor = actor.name();
        entry.userId = actor.userId();
        entry.deviceId = actor.deviceId();
        entry.action = action;
        entry.servicePointId = servicePointId;
        entry.counterId = counterId;
        entry.reason = reason;
        entry.detail = detail;
        return entry;
    }
}
