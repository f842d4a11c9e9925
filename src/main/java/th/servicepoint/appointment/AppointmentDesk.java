package th.servicepoint.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.queue.Ticket;
import th.servicepoint.security.Caller;
import th.servicepoint.site.ServicePoint;

/**
 * What staff do with the day's appointments: see them per service, and mark the ones nobody came for. The list shows
 * only the last four characters of a code, enough to match the citizen's screen; the whole code is the citizen's.
 */
@ApplicationScoped
public class AppointmentDesk {

    private final AppointmentSettings settings;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    AppointmentDesk(AppointmentSettings settings, AuditTrail audit, Caller caller, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** One booking of the day as staff see it. */
    public record DayEntry(long id, String codeEnd, String service, String serviceName, Instant start, Instant end,
            AppointmentStatus status, String ticketNumber, boolean contactGiven) {

        static DayEntry of(Appointment a, String ticketNumber) {
            return new DayEntry(a.id, a.code.substring(BookingCodes.LENGTH - 4), a.service.prefix, a.service.nameTh,
                    a.slotStart, a.slotEnd, a.status, ticketNumber, a.contact != null);
        }
    }

    /** The day's bookings of a service point (of one service when {@code prefix} is given), in slot order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayEntry> day(String servicePointCode, LocalDate day, String prefix) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(servicePoint.id);
        ZoneId zone = servicePoint.zone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Appointment> booked = Appointment.<Appointment> list(
                "from Appointment a join fetch a.service where a.servicePoint = ?1 and a.slotStart >= ?2"
                        + " and a.slotStart < ?3 order by a.slotStart, a.id",
                servicePoint, from, to).stream()
                .filter(a -> prefix == null || a.service.prefix.equalsIgnoreCase(prefix)).toList();
        Map<Long, String> numbers = ticketNumbers(booked);
        return booked.stream().map(a -> DayEntry.of(a, a.ticketId == null ? null : numbers.get(a.ticketId))).toList();
    }

    /** The numbers of the checked-in appointments' tickets, in one query. */
    private static Map<Long, String> ticketNumbers(List<Appointment> booked) {
        List<Long> ids = booked.stream().map(a -> a.ticketId).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of()
                : Ticket.<Ticket> list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, t -> t.number));
    }

    /** Nobody came: allowed once the check-in grace is over. It counts towards the agency's no-show block. */
    @Transactional
    public DayEntry markNoShow(String servicePointCode, long id) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        caller.requireAllowedAt(servicePoint.id);
        Appointment appointment = Appointment.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !appointment.servicePoint.id.equals(servicePoint.id)) {
            throw ProblemException.notFound("Appointment", "การนัดหมาย", id);
        }
        Instant now = clock.instant();
        if (appointment.status != AppointmentStatus.BOOKED) {
            throw ProblemException.conflict("APPOINTMENT_STATE",
                    "การนัดหมายนี้ไม่อยู่ในสถานะรอมาตามนัด จึงบันทึกว่าไม่มาไม่ได้",
                    "This appointment is " + appointment.status + ", so it cannot be marked as a no-show");
        }
        if (!now.isAfter(appointment.checkInUntil(settings))) {
            throw ProblemException.conflict("NOT_YET_MISSED",
                    "ยังอยู่ในช่วงเวลาที่ผู้มีนัดหมายมายืนยันได้ (" + settings.grace().toMinutes()
                            + " นาทีหลังเวลานัด) กรุณารอให้พ้นช่วงนี้ก่อน",
                    "The citizen may still check in (until " + settings.grace().toMinutes()
                            + " minutes after the slot starts); wait until then");
        }
        appointment.end(AppointmentStatus.NO_SHOW, now);
        audit.appointment("NO_SHOW", servicePoint.id, String.valueOf(appointment.id));
        return DayEntry.of(appointment, null);
    }
}
