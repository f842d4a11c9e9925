package th.servicepoint.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.appointment.Appointment;
import th.servicepoint.audit.AuditedPurge;
import th.servicepoint.common.RunsIn;

/**
 * Reminds the contact a booking gave of the appointment ({@link ReminderSettings#before()}): a mobile number by SMS, an
 * e-mail address by e-mail, each only where its channel is set up; and the LINE users who asked for its reminders
 * ({@link LineAppointments}). The contact becomes a follower of the appointment and each reminder a notice in the
 * outbox, which the dispatcher sends and tries again like any other.
 * <p>
 * Each reminder has a window, from its time before the start to the next shorter one's: an appointment is in one
 * window at a time, so a server that was down sends the reminder now due, not every one it missed. A booking made
 * inside a window gets none for it (it was just made). The due appointments are locked with {@code skip locked} and a
 * reminder's key is unique per follower, so instances running this at once send each reminder once.
 * <p>
 * Once the appointment is over (checked in, cancelled, missed, or its start passed with nothing left to send) the
 * follower's address is cleared; a cancelled one's pending reminder then goes nowhere.
 */
@ApplicationScoped
public class AppointmentReminders {

    private static final String DUE = """
            select a.id, a.contact from appointment a join service_point sp on sp.id = a.service_point_id
            cross join lateral (select cast(cast(:now as timestamptz) at time zone sp.time_zone as time) t) local_now
            where a.status = 'BOOKED'
              and a.slot_start > :windowStart and a.slot_start <= :windowEnd
              and a.booked_at < a.slot_start - make_interval(secs => :before)
              and ((a.contact is not null
                    and (case when a.contact like '%@%' then 'EMAIL' else 'SMS' end) in (:channels))
                   or ('LINE' in (:channels) and exists (select 1 from ticket_follower f where f.appointment_id = a.id
                                                            and f.channel = 'LINE' and f.stopped_at is null)))
              and case when cast(:sendFrom as time) <= cast(:sendUntil as time)
                       then local_now.t >= :sendFrom and local_now.t < :sendUntil
                       else local_now.t >= :sendFrom or local_now.t < :sendUntil end
              and not exists (select 1 from notice n where n.appointment_id = a.id and n.dedupe_key = :key)
            order by a.slot_start, a.id
            limit :batch
            for update of a skip locked
            """;

    private static final String CLEAR = """
            with batch as (
                select f.id from ticket_follower f join appointment a on a.id = f.appointment_id
                where f.address is not null
                  and (a.status <> 'BOOKED'
                       or (a.slot_start < :now
                           and not exists (select 1 from notice n where n.follower_id = f.id and n.state = 'PENDING')))
                limit :limit
                for update of f skip locked)
            update ticket_follower f set address = null, stopped_at = coalesce(f.stopped_at, :now)
            from batch where f.id = batch.id
            """;

    private final EntityManager entityManager;
    private final NoticeOutbox outbox;
    private final NoticeWording wording;
    private final CompanionChannels channels;
    private final ReminderSettings settings;
    private final LineSettings line;
    private final AuditedPurge purge;
    private final Event<NoticesQueued> queued;
    private final Clock clock;

    AppointmentReminders(EntityManager entityManager, NoticeOutbox outbox, NoticeWording wording,
            CompanionChannels channels, ReminderSettings settings, LineSettings line, AuditedPurge purge,
            Event<NoticesQueued> queued, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.wording = wording;
        this.channels = channels;
        this.settings = settings;
        this.line = line;
        this.purge = purge;
        this.queued = queued;
        this.clock = clock;
    }

    @Scheduled(identity = "appointment-reminders", every = "${servicepoint.notify.reminders.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        remind();
        clear();
    }

    /** Which contacts reminders reach now. */
    ReminderOffer offer() {
        List<FollowerChannel> open = open();
        return new ReminderOffer(open.contains(FollowerChannel.SMS), open.contains(FollowerChannel.EMAIL),
                open.contains(FollowerChannel.LINE) ? line.basicId().orElse(null) : null,
                leads().stream().map(Duration::toString).toList());
    }

    /** Queues every reminder now due, in every agency; returns how many. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    public int remind() {
        List<String> open = open().stream().map(Enum::name).toList();
        if (open.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Duration> leads = leads();
        int queuedNow = 0;
        for (int i = 0; i < leads.size(); i++) {
            Duration shorter = i + 1 < leads.size() ? leads.get(i + 1) : Duration.ZERO;
            queuedNow += remind(leads.get(i), shorter, now, open);
        }
        if (queuedNow > 0) {
            queued.fire(new NoticesQueued());
        }
        return queuedNow;
    }

    private int remind(Duration before, Duration shorter, Instant now, List<String> open) {
        String key = wording.reminderKey(before);
        @SuppressWarnings("unchecked")
        List<Tuple> due = entityManager.createNativeQuery(DUE, Tuple.class).setParameter("now", now)
                .setParameter("windowStart", now.plus(shorter)).setParameter("windowEnd", now.plus(before))
                .setParameter("before", before.toSeconds()).setParameter("channels", open)
                .setParameter("sendFrom", settings.sendFrom()).setParameter("sendUntil", settings.sendUntil())
                .setParameter("key", key).setParameter("batch", settings.batchSize()).getResultList();
        int queuedNow = 0;
        List<FollowerChannel> channels = open.stream().map(FollowerChannel::valueOf).toList();
        for (Tuple row : due) {
            Appointment appointment = Appointment.findById(row.get("id", Number.class).longValue());
            if (appointment.contact != null && channels.contains(channelOf(appointment.contact))) {
                FollowerChannel channel = channelOf(appointment.contact);
                follow(appointment.id, channel, address(channel, appointment.contact), now);
            }
            queuedNow += outbox.queueForAppointment(appointment.id, wording.reminder(appointment, before), now,
                    channels);
        }
        return queuedNow;
    }

    /** Clears the addresses of appointments that are over, in every agency; returns how many. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    public int clear() {
        Map<String, Object> parameters = Map.of("now", clock.instant(), "limit", settings.batchSize());
        int total = 0;
        int cleared;
        do {
            cleared = purge.run(CLEAR, parameters, "CLEAR_REMINDER_ADDRESSES",
                    n -> "addresses of " + n + " reminder followers whose appointments are over");
            total += cleared;
        } while (cleared == settings.batchSize());
        return total;
    }

    /** The channels reminders go on: enabled for them and set up. */
    private List<FollowerChannel> open() {
        return settings.channels().stream()
                .filter(kind -> channels.of(kind).filter(CompanionChannel::configured).isPresent()).toList();
    }

    private List<Duration> leads() {
        return settings.before().stream().sorted(Comparator.reverseOrder()).toList();
    }

    static FollowerChannel channelOf(String contact) {
        return contact.contains("@") ? FollowerChannel.EMAIL : FollowerChannel.SMS;
    }

    /** A booking keeps a mobile number as 0XXXXXXXXX; SMS followers hold E.164, as {@link SmsChannel} reads them. */
    private static String address(FollowerChannel channel, String contact) {
        return channel == FollowerChannel.SMS ? ThaiMobile.parse(contact).e164() : contact;
    }

    private void follow(long appointmentId, FollowerChannel channel, String address, Instant now) {
        Optional<TicketFollower> same = TicketFollower.find(
                "appointmentId = ?1 and channel = ?2 and address = ?3 and stoppedAt is null", appointmentId, channel,
                address).firstResultOptional();
        if (same.isPresent()) {
            return;
        }
        TicketFollower follower = new TicketFollower();
        follower.appointmentId = appointmentId;
        follower.channel = channel;
        follower.address = address;
        follower.createdAt = now;
        follower.persist();
    }
}
