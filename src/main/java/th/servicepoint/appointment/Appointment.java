package th.servicepoint.appointment;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.site.ServicePoint;

/** A booked slot of a service (การนัดหมาย), kept by its code; see {@link AppointmentStatus} for its life. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    @Column(name = "slot_start")
    public Instant slotStart;
    @Column(name = "slot_end")
    public Instant slotEnd;
    public String code;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;
    /** For reminders only; null when none was given, or once the retention purge cleared it. */
    public String contact;
    @Column(name = "contact_hash")
    @JdbcTypeCode(SqlTypes.CHAR)
    public String contactHash;
    @Column(name = "device_hash")
    @JdbcTypeCode(SqlTypes.CHAR)
    public String deviceHash;
    @Column(name = "booked_at")
    public Instant bookedAt;
    /** When it was checked in, cancelled or marked as a no-show. */
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ticket_id")
    public Long ticketId;

    /** The appointment of this code, locked for a change; 404 with the same words whatever the reason. */
    static Appointment lockByCode(String code) {
        String stored = BookingCodes.normalize(code);
        Optional<Appointment> found = stored == null ? Optional.empty()
                : find("code", stored).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        return found.orElseThrow(Appointment::notFound);
    }

    static Appointment byCode(String code) {
        return withCode(code).orElseThrow(Appointment::notFound);
    }

    /** The appointment of a code as a person typed or scanned it, if there is one (in the agency in scope). */
    public static Optional<Appointment> withCode(String code) {
        String stored = BookingCodes.normalize(code);
        return stored == null ? Optional.empty() : find("code", stored).firstResultOptional();
    }

    static ProblemException notFound() {
        return new ProblemException(404, "APPOINTMENT_NOT_FOUND",
                "ไม่พบการนัดหมายรหัสนี้ กรุณาตรวจสอบรหัสบนใบนัดหมายอีกครั้ง",
                "No appointment has this code; please check the code on your booking");
    }

    /** When the kiosk checks it in at the earliest. */
    Instant checkInFrom(AppointmentSettings settings) {
        return slotStart.minus(settings.earlyCheckIn());
    }

    /** When the kiosk checks it in at the latest; after it the appointment is missed. */
    Instant checkInUntil(AppointmentSettings settings) {
        return slotStart.plus(settings.grace());
    }

    /** The code as the citizen reads it, in groups of four. */
    public String displayCode() {
        return BookingCodes.display(code);
    }

    void end(AppointmentStatus to, Instant at) {
        status = to;
        endedAt = at;
    }
}
