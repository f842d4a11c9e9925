package th.servicepoint.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.queue.TicketIssuer;
import th.servicepoint.queue.TicketView;
import th.servicepoint.security.Caller;
import th.servicepoint.site.ServicePoint;

/**
 * Checking in: the citizen scans or types the appointment's code at the kiosk (or a clerk does it at the counter),
 * and the queue issues a ticket of channel APPOINTMENT that carries the slot's start. From {@code early-check-in}
 * before the slot to {@code grace} after its start; later the appointment is missed, and the kiosk offers a walk-in
 * ticket instead.
 */
@ApplicationScoped
public class CheckIns {

    private final TicketIssuer issuer;
    private final AppointmentSettings settings;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    CheckIns(TicketIssuer issuer, AppointmentSettings settings, AuditTrail audit, Caller caller, Clock clock) {
        this.issuer = issuer;
        this.settings = settings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public TicketView checkIn(String servicePointCode, String code) {
        ServicePoint here = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(here.id);
        Appointment appointment = Appointment.lockByCode(code);
        Instant now = clock.instant();
        requireCheckable(appointment, here, now);
        TicketView ticket = issuer.issueForAppointment(here, appointment.service, appointment.slotStart);
        appointment.end(AppointmentStatus.CHECKED_IN, now);
        appointment.ticketId = ticket.id();
        audit.appointment("CHECK_IN", here.id, appointment.id + " ticket " + ticket.number());
        return ticket;
    }

    private void requireCheckable(Appointment appointment, ServicePoint here, Instant now) {
        if (!appointment.servicePoint.id.equals(here.id)) {
            throw ProblemException.conflict("WRONG_SERVICE_POINT",
                    "นัดหมายนี้เป็นของ " + appointment.servicePoint.nameTh + " ไม่ใช่ที่นี่ กรุณาไปที่ "
                            + appointment.servicePoint.nameTh,
                    "This appointment is at " + appointment.servicePoint.nameEn + ", not here; please go there");
        }
        switch (appointment.status) {
            case CANCELLED -> throw ProblemException.conflict("APPOINTMENT_CANCELLED",
                    "นัดหมายนี้ถูกยกเลิกแล้ว กรุณากดบัตรคิวตามปกติ",
                    "This appointment was cancelled; please take a ticket as usual");
            case CHECKED_IN -> throw ProblemException.conflict("ALREADY_CHECKED_IN",
                    "นัดหมายนี้ยืนยันการมาถึงและรับบัตรคิวไปแล้ว กรุณารอเรียกตามบัตรคิวเดิม",
                    "This appointment was already checked in and has its ticket; please wait for that ticket's call");
            case NO_SHOW -> throw tooLate(appointment);
            case BOOKED -> requireOnTime(appointment, now);
        }
    }

    private void requireOnTime(Appointment appointment, Instant now) {
        Instant opens = appointment.checkInFrom(settings);
        if (now.isBefore(opens)) {
            LocalDateTime from = LocalDateTime.ofInstant(opens, appointment.servicePoint.zone());
            boolean today = from.toLocalDate().equals(LocalDate.ofInstant(now, appointment.servicePoint.zone()));
            throw ProblemException.conflict("TOO_EARLY",
                    "ยังไม่ถึงเวลายืนยันการมาถึง กรุณากลับมาอีกครั้ง" + (today ? ""
                            : "วันที่ "
                                    + ThaiDates.thai(from.toLocalDate()))
                            + " ตั้งแต่เวลา " + from.toLocalTime() + " น.",
                    "Too early to check in; please come back " + (today ? ""
                            : "on "
                                    + ThaiDates.english(from.toLocalDate()) + " ")
                            + "from " + from.toLocalTime());
        }
        if (now.isAfter(appointment.checkInUntil(settings))) {
            throw tooLate(appointment);
        }
    }

    private ProblemException tooLate(Appointment appointment) {
        LocalDateTime start = LocalDateTime.ofInstant(appointment.slotStart, appointment.servicePoint.zone());
        return ProblemException.conflict("TOO_LATE",
                "เลยเวลานัดหมาย (" + start.toLocalTime() + " น. วันที่ " + ThaiDates.thai(start.toLocalDate())
                        + ") เกิน " + settings.grace().toMinutes() + " นาทีแล้ว กรุณากดบัตรคิวแบบไม่มีนัดหมาย",
                "More than " + settings.grace().toMinutes() + " minutes past the appointment (" + start.toLocalTime()
                        + ", " + ThaiDates.english(start.toLocalDate()) + "); please take a ticket without one");
    }
}
