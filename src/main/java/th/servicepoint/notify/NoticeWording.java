package th.servicepoint.notify;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.appointment.Appointment;
import th.servicepoint.appointment.AppointmentLinks;
import th.servicepoint.common.PublicAddress;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.complaint.ComplaintStatusChanged;
import th.servicepoint.queue.QueuePlaces;
import th.servicepoint.queue.Ticket;
import th.servicepoint.queue.TicketLinks;
import th.servicepoint.site.Counter;

/**
 * What the companion says, Thai first and English second, short enough for a phone's lock screen. Each notice links
 * to the ticket's own page, which shows the live state (the survey notice to the survey).
 */
@ApplicationScoped
class NoticeWording {

    /** A notice's words and link, before it is addressed to anyone. */
    record Words(NoticeKind kind, String dedupeKey, String textTh, String textEn, String url, boolean offersMoreTime) {
    }

    /** Characters of a complaint's public answer a notice shows; the rest is on the tracking page. */
    private static final int ANSWER_SHOWN = 300;

    /** Monday first, as {@link java.time.DayOfWeek} counts. */
    private static final String[] WEEKDAYS_TH = { "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์" };

    private final TicketLinks links;
    private final AppointmentLinks appointmentLinks;
    private final PublicAddress address;

    NoticeWording(TicketLinks links, AppointmentLinks appointmentLinks, PublicAddress address) {
        this.links = links;
        this.appointmentLinks = appointmentLinks;
        this.address = address;
    }

    Words callAhead(Ticket ticket, QueuePlaces.Place place) {
        String where = ticket.servicePoint.nameTh;
        String aheadTh = place.ahead() == 0 ? "คิวถัดไปคือคิวของคุณ" : "อีก " + place.ahead() + " คิว";
        String aheadEn = place.ahead() == 0 ? "you are next" : place.ahead() + " ahead of you";
        // an estimate under a minute says nothing a citizen can use ("about 0 min"): the place alone is told
        boolean minutes = place.estimateMinutes() > 0;
        return new Words(NoticeKind.CALL_AHEAD, "CALL_AHEAD",
                "ใกล้ถึงคิว " + ticket.number + " แล้ว (" + aheadTh
                        + (minutes ? " ประมาณ " + place.estimateMinutes() + " นาที" : "") + ") กรุณากลับมาที่ " + where,
                "Ticket " + ticket.number + " is nearly up (" + aheadEn
                        + (minutes ? ", about " + place.estimateMinutes() + " min" : "") + "). Please come back to "
                        + ticket.servicePoint.nameEn,
                tracking(ticket), true);
    }

    Words called(Ticket ticket) {
        Counter counter = ticket.counter;
        String name = counter.name == null || counter.name.isBlank() ? "" : " (" + counter.name + ")";
        return new Words(NoticeKind.CALLED, "CALLED:" + ticket.calledAt.toEpochMilli(),
                "ถึงคิว " + ticket.number + " แล้ว เชิญที่ช่องบริการ " + counter.number + name,
                "Ticket " + ticket.number + ": please go to counter " + counter.number + name, tracking(ticket),
                false);
    }

    Words transferred(Ticket ticket, long at) {
        return new Words(NoticeKind.TRANSFERRED, "TRANSFERRED:" + at,
                "บัตรคิว " + ticket.number + " ย้ายไปรอที่งาน " + ticket.service.nameTh + " กรุณารอเรียกอีกครั้ง",
                "Ticket " + ticket.number + " moved to " + ticket.service.nameEn + "; please wait to be called again",
                tracking(ticket), false);
    }

    Words survey(Ticket ticket, String surveyUrl) {
        return new Words(NoticeKind.SURVEY, "SURVEY",
                "ขอบคุณที่ใช้บริการ (คิว " + ticket.number + ") กรุณาประเมินความพึงพอใจ ใช้เวลาประมาณ 1 นาที",
                "Thank you for visiting (ticket " + ticket.number + "). Please rate our service; it takes a minute",
                surveyUrl, false);
    }

    /** The complaint's new status and, when there is one, the beginning of its public answer. */
    Words complaintStatus(ComplaintStatusChanged change) {
        String answer = change.publicAnswer() == null ? ""
                : change.publicAnswer().length() <= ANSWER_SHOWN ? " " + change.publicAnswer()
                        : " " + change.publicAnswer().substring(0, ANSWER_SHOWN) + "…";
        return new Words(NoticeKind.COMPLAINT_STATUS, "COMPLAINT:" + change.status(),
                "เรื่องร้องเรียน " + change.trackingCode() + ": " + change.status().labelTh() + answer,
                "Your complaint " + change.trackingCode() + " is now " + change.status().name().toLowerCase()
                        .replace('_', ' '),
                address.link("/complaint/?code=" + change.trackingCode()), false);
    }

    /** An appointment's day and time as a reminder says it: "วันอังคารที่ 5 มี.ค. 2573 เวลา 09:00 น.". */
    record When(String th, String en) {
    }

    When when(Appointment appointment) {
        LocalDateTime start = LocalDateTime.ofInstant(appointment.slotStart, ThaiDates.BANGKOK);
        String time = String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute());
        return new When("วัน" + WEEKDAYS_TH[start.getDayOfWeek().ordinal()] + "ที่ " + ThaiDates.thai(start.toLocalDate())
                + " เวลา " + time + " น.",
                start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + ThaiDates.english(start.toLocalDate()) + ", " + time);
    }

    /**
     * The reminder {@code before} the slot: what, where and when, with the code the kiosk takes (an elderly citizen may
     * not find the booking page again); the link is the appointment's page, with its QR.
     */
    Words reminder(Appointment appointment, Duration before) {
        When when = when(appointment);
        String code = appointment.displayCode();
        return new Words(NoticeKind.REMINDER, reminderKey(before),
                "เตือนนัดหมาย " + appointment.service.nameTh + " ที่ " + appointment.servicePoint.nameTh + " "
                        + when.th() + " รหัส " + code + " ใช้ที่ตู้บัตรคิวเมื่อมาถึง",
                "Reminder: " + appointment.service.nameEn + " at " + appointment.servicePoint.nameEn + ", " + when.en()
                        + ". Code " + code + ": enter it at the kiosk when you arrive",
                appointmentLinks.page(appointment.code), false);
    }

    /** One reminder per lead time and follower: the outbox's key for it. */
    String reminderKey(Duration before) {
        return "REMINDER:" + before;
    }

    private String tracking(Ticket ticket) {
        return ticket.trackingToken == null ? null : links.tracking(ticket.trackingToken);
    }
}
