package th.servicepoint.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.appointment.AppointmentContactPurge;
import th.servicepoint.common.RetentionSettings;
import th.servicepoint.common.RunsIn;
import th.servicepoint.complaint.ContactPurge;
import th.servicepoint.notify.FollowerPurge;
import th.servicepoint.queue.TrackingTokenPurge;
import th.servicepoint.survey.InvitationTokenPurge;

/**
 * The nightly purge of personal data past its retention period (PDPA): each feature clears its own (the queue its
 * tickets' tracking tokens, the survey its invitations' tokens, complaints their contacts, the companion its
 * followers' LINE ids, push subscriptions and phone numbers, appointments their contacts) in short transactions of
 * {@link RetentionSettings#batchSize()} rows, each with its audit row. Counted rows stay, so reports of past periods do
 * not change. Every instance may run it at the same time: the purges claim rows with {@code skip locked}, and a
 * cleared row no longer matches, so running again is harmless.
 */
@ApplicationScoped
public class DataRetention {

    private static final Logger LOG = Logger.getLogger(DataRetention.class);

    /** What one run cleared. */
    public record Purged(long trackingTokens, long surveyTokens, long complaintContacts, long followerAddresses,
            long appointmentContacts) {
    }

    private final TrackingTokenPurge tickets;
    private final InvitationTokenPurge invitations;
    private final ContactPurge complaints;
    private final AppointmentContactPurge appointments;
    private final FollowerPurge followers;
    private final RetentionSettings settings;
    private final Clock clock;

    DataRetention(TrackingTokenPurge tickets, InvitationTokenPurge invitations, ContactPurge complaints,
            AppointmentContactPurge appointments, FollowerPurge followers, RetentionSettings settings, Clock clock) {
        this.tickets = tickets;
        this.invitations = invitations;
        this.complaints = complaints;
        this.appointments = appointments;
        this.followers = followers;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "data-retention", cron = "${servicepoint.retention.cron}", timeZone = "Asia/Bangkok", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Clears everything past its period now, in every agency. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    public Purged purge() {
        Instant now = clock.instant();
        Instant tokensBefore = now.minus(settings.ticketTokens());
        Instant contactsBefore = now.minus(settings.complaintContacts());
        Instant appointmentsBefore = now.minus(settings.appointmentContacts());
        return new Purged(
                inBatches("ticket tracking tokens", limit -> tickets.purgeBatch(tokensBefore, limit)),
                inBatches("survey invitation tokens", limit -> invitations.purgeBatch(tokensBefore, now, limit)),
                inBatches("complaint contacts", limit -> complaints.purgeBatch(contactsBefore, now, limit)),
                inBatches("ticket followers' addresses", limit -> followers.purgeBatch(tokensBefore, limit))
                        + inBatches("complaint followers' addresses",
                                limit -> followers.purgeComplaintBatch(contactsBefore, limit)),
                inBatches("appointment contacts", limit -> appointments.purgeBatch(appointmentsBefore, limit)));
    }

    /** Batch after batch until one comes back short: the rest is cleared, or being cleared by another instance. */
    private long inBatches(String what, IntUnaryOperator batch) {
        int limit = settings.batchSize();
        long total = 0;
        int cleared;
        do {
            cleared = batch.applyAsInt(limit);
            total += cleared;
        } while (cleared == limit);
        LOG.infof("Data retention: cleared %d %s", total, what);
        return total;
    }
}
