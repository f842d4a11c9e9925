package th.servicepoint.notify;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.appointment.Appointment;
import th.servicepoint.appointment.AppointmentStatus;
import th.servicepoint.common.ProblemException;

/**
 * Appointment reminders on LINE: the booking's page offers a link that opens the agency's chat with "เตือนนัดหมาย" and
 * the booking's code typed in, which its citizen holds anyway (the page and its QR show it); sending it makes the LINE
 * user a follower of the appointment, who gets its reminders as pushes ({@link AppointmentReminders}).
 */
@ApplicationScoped
class LineAppointments {

    /** The message's word: a complaint's tracking code has the code's shape, so the word tells them apart. */
    static final String KEYWORD = "เตือนนัดหมาย";
    /** Three groups of four, as the page shows the code; spaces or no dashes as people type them. */
    private static final Pattern CODE = Pattern.compile("([0-9A-Z]{4})[-\\s]?([0-9A-Z]{4})[-\\s]?([0-9A-Z]{4})");

    private final NotifySettings settings;
    private final NoticeWording wording;
    private final Clock clock;

    LineAppointments(NotifySettings settings, NoticeWording wording, Clock clock) {
        this.settings = settings;
        this.wording = wording;
        this.clock = clock;
    }

    /** The appointment code a message asking for reminders holds, if it is one. */
    static Optional<String> codeIn(String message) {
        if (!message.contains(KEYWORD)) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(message.toUpperCase(Locale.ROOT));
        return matcher.find() ? Optional.of(matcher.group(1) + matcher.group(2) + matcher.group(3))
                : Optional.empty();
    }

    /**
     * Makes the LINE user a follower of the appointment, in its agency's scope; the same user again is the same
     * follower (LINE redelivers webhooks). An appointment that is over has nothing left to remind of.
     */
    @Transactional
    Map<String, Object> follow(String code, String lineUser) {
        Appointment appointment = Appointment.withCode(code).orElseThrow(() -> new ProblemException(404,
                "APPOINTMENT_NOT_FOUND", "ไม่พบการนัดหมายรหัสนี้ กรุณากดปุ่ม LINE ในหน้านัดหมายอีกครั้ง",
                "No appointment has this code; tap the LINE button on your booking's page again"));
        if (appointment.status != AppointmentStatus.BOOKED || !appointment.slotStart.isAfter(clock.instant())) {
            throw ProblemException.conflict("APPOINTMENT_STATE", "นัดหมายนี้ไม่มีสิ่งที่ต้องเตือนแล้ว",
                    "This appointment has nothing left to remind you of");
        }
        boolean follows = TicketFollower.count("appointmentId = ?1 and channel = ?2 and address = ?3"
                + " and stoppedAt is null", appointment.id, FollowerChannel.LINE, lineUser) > 0;
        if (!follows) {
            if (TicketFollower.count("appointmentId = ?1 and channel = ?2 and stoppedAt is null", appointment.id,
                    FollowerChannel.LINE) >= settings.followersPerTicket()) {
                throw ProblemException.conflict("TOO_MANY_FOLLOWERS", "นัดหมายนี้มีผู้รับการเตือนครบแล้ว",
                        "This appointment already has as many followers as it may");
            }
            TicketFollower follower = new TicketFollower();
            follower.appointmentId = appointment.id;
            follower.channel = FollowerChannel.LINE;
            follower.address = lineUser;
            follower.createdAt = clock.instant();
            follower.persist();
        }
        NoticeWording.When when = wording.when(appointment);
        return LineMessages.text("จะเตือนนัดหมาย " + appointment.service.nameTh + " " + when.th() + " ก่อนถึงเวลาทาง LINE นี้",
                "You will be reminded here of " + appointment.service.nameEn + ", " + when.en() + ".");
    }
}
