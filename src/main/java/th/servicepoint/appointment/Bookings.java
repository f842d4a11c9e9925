package th.servicepoint.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.common.Tokens;
import th.servicepoint.site.ServicePoint;

/**
 * Booking a slot of a service: the free slots of a day, booking one, and cancelling. A slot never takes more bookings
 * than it has places: the count of its bookings ({@code appointment_slot}) is raised by one statement that only raises
 * it while it is under the places, so of two requests for the last place the second waits for the first's row lock
 * and then finds the slot full. Against hoarding, a device and a contact hold only so many active bookings, and an
 * agency may block those who missed too many.
 */
@ApplicationScoped
public class Bookings {

    private static final String BOOKED = """
            select slot_start, booked from appointment_slot
            where service_id = :service and slot_start >= :from and slot_start < :to
            """;
    private static final String TAKE_PLACE = """
            insert into appointment_slot (service_id, slot_start, booked) values (:service, :start, 1)
            on conflict (service_id, slot_start) do update set booked = appointment_slot.booked + 1
            where appointment_slot.booked < :places
            """;
    private static final String FREE_PLACE = """
            update appointment_slot set booked = booked - 1 where service_id = :service and slot_start = :start
            """;
    private static final String LOCK = "select 1 from (select pg_advisory_xact_lock(:kind, :key)) locked";
    /** The first keys of the booking locks, apart from any other advisory lock of the service ("BKDV", "BKCT"). */
    private static final int DEVICE_LOCK = 0x424b4456;
    private static final int CONTACT_LOCK = 0x424b4354;

    private final Catalog catalog;
    private final BookingContact contacts;
    private final AppointmentLinks links;
    private final AppointmentSettings settings;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    Bookings(Catalog catalog, BookingContact contacts, AppointmentLinks links, AppointmentSettings settings,
            AuditTrail audit, EntityManager entityManager, Clock clock) {
        this.catalog = catalog;
        this.contacts = contacts;
        this.links = links;
        this.settings = settings;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The slots of a day that take bookings, with what is left of each; none on a closed day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Slot> slots(String servicePointCode, String prefix, LocalDate day) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        Service service = bookableService(servicePoint, prefix);
        Instant now = clock.instant();
        SlotCalendar calendar = calendar(servicePoint, service, now);
        requireWithinHorizon(calendar, day, now);
        return calendar.free(day, now, booked(service, calendar, day));
    }

    @Transactional
    public AppointmentView book(NewAppointment request) {
        ServicePoint servicePoint = ServicePoint.byCode(request.servicePoint());
        Service service = bookableService(servicePoint, request.service());
        AuditTrail.Actor actor = audit.actor();
        Instant now = actor.at();
        String contact = BookingContact.normalize(request.contact());
        SlotCalendar calendar = calendar(servicePoint, service, now);
        requireWithinHorizon(calendar, LocalDate.ofInstant(request.start(), servicePoint.zone()), now);
        SlotCalendar.PlannedSlot slot = calendar.slotAt(request.start(), now);
        if (slot == null) {
            throw ProblemException.invalid("start",
                    "เวลาที่เลือกไม่ใช่ช่วงเวลานัดหมายของงานนี้ กรุณาเลือกจากรายการช่วงเวลาว่าง",
                    "This is not the start of a slot of this service; choose one from the list of free slots");
        }
        String device = Tokens.sha256(request.device());
        String contactHash = contact == null ? null : contacts.hash(contact);
        lock(DEVICE_LOCK, device);
        if (contactHash != null) {
            lock(CONTACT_LOCK, contactHash);
        }
        new BookingLimits(settings, entityManager).require(servicePoint, device, contactHash, now);
        takePlace(service, slot);
        Appointment appointment = new Appointment();
        appointment.servicePoint = servicePoint;
        appointment.service = service;
        appointment.slotStart = slot.start();
        appointment.slotEnd = slot.end();
        appointment.code = BookingCodes.random();
        appointment.status = AppointmentStatus.BOOKED;
        appointment.contact = contact;
        appointment.contactHash = contactHash;
        appointment.deviceHash = device;
        appointment.bookedAt = now;
        appointment.persist();
        audit.appointment("BOOK", servicePoint.id, appointment.id + " " + service.prefix + " " + slot.start());
        return links.view(appointment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentView find(String code) {
        return links.view(Appointment.byCode(code));
    }

    /** Cancelled by its citizen before its slot starts; its place is free again. */
    @Transactional
    public AppointmentView cancel(String code) {
        Appointment appointment = Appointment.lockByCode(code);
        Instant now = clock.instant();
        if (appointment.status == AppointmentStatus.CANCELLED) {
            return links.view(appointment);
        }
        if (appointment.status != AppointmentStatus.BOOKED || !appointment.slotStart.isAfter(now)) {
            throw ProblemException.conflict("APPOINTMENT_NOT_CANCELLABLE",
                    "ยกเลิกการนัดหมายนี้ไม่ได้แล้ว เพราะ" + (appointment.status == AppointmentStatus.CHECKED_IN
                            ? "ได้ยืนยันการมาถึงและรับบัตรคิวแล้ว"
                            : "เลยเวลานัดหมายแล้ว"),
                    "This appointment can no longer be cancelled: " + (appointment.status == AppointmentStatus.CHECKED_IN
                            ? "it was checked in and has a ticket"
                            : "its time has passed"));
        }
        appointment.end(AppointmentStatus.CANCELLED, now);
        entityManager.createNativeQuery(FREE_PLACE).setParameter("service", appointment.service.id)
                .setParameter("start", appointment.slotStart).executeUpdate();
        audit.appointment("CANCEL", appointment.servicePoint.id, String.valueOf(appointment.id));
        return links.view(appointment);
    }

    private Service bookableService(ServicePoint servicePoint, String prefix) {
        Service service = catalog.activeService(servicePoint, "service", prefix);
        if (!service.bookable) {
            throw ProblemException.conflict("BOOKING_OFF",
                    "งาน " + service.nameTh + " ไม่เปิดให้จองเวลาล่วงหน้า กรุณากดบัตรคิวที่ตู้เมื่อมาถึงสำนักงาน",
                    service.nameEn + " does not take appointments; please take a ticket at the kiosk when you arrive");
        }
        return service;
    }

    SlotCalendar calendar(ServicePoint servicePoint, Service service, Instant now) {
        return new SlotCalendar(servicePoint.hours(), service.booking().slotMinutes(service.standardMinutes()),
                service.walkInPercent, service.bookAheadDays, service.counters.size(),
                closedDays(LocalDate.ofInstant(now, servicePoint.zone())));
    }

    private void requireWithinHorizon(SlotCalendar calendar, LocalDate day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.hours().zone());
        if (day.isBefore(today) || day.isAfter(calendar.lastDay(now))) {
            throw ProblemException.invalid("date",
                    "จองได้ตั้งแต่วันนี้ถึงวันที่ " + ThaiDates.thai(calendar.lastDay(now)) + " เท่านั้น",
                    "Bookings are taken from today to " + ThaiDates.english(calendar.lastDay(now)) + " only");
        }
    }

    /** The agency's closed days from today on. */
    private static Set<LocalDate> closedDays(LocalDate today) {
        return new HashSet<>(ClosedDay.<ClosedDay> list("day >= ?1", today).stream().map(d -> d.day).toList());
    }

    @SuppressWarnings("unchecked")
    private Map<Instant, Integer> booked(Service service, SlotCalendar calendar, LocalDate day) {
        Instant from = day.atStartOfDay(calendar.hours().zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(calendar.hours().zone()).toInstant();
        Map<Instant, Integer> booked = new HashMap<>();
        List<Tuple> rows = entityManager.createNativeQuery(BOOKED, Tuple.class).setParameter("service", service.id)
                .setParameter("from", from).setParameter("to", to).getResultList();
        rows.forEach(row -> booked.put(row.get("slot_start", Instant.class), row.get("booked", Number.class).intValue()));
        return booked;
    }

    private void takePlace(Service service, SlotCalendar.PlannedSlot slot) {
        int taken = entityManager.createNativeQuery(TAKE_PLACE).setParameter("service", service.id)
                .setParameter("start", slot.start()).setParameter("places", slot.places()).executeUpdate();
        if (taken == 0) {
            LocalDateTime local = LocalDateTime.ofInstant(slot.start(), service.servicePoint.zone());
            throw ProblemException.conflict("SLOT_FULL",
                    "ช่วงเวลา " + local.toLocalTime() + " น. วันที่ " + ThaiDates.thai(local.toLocalDate())
                            + " เต็มแล้ว กรุณาเลือกช่วงเวลาอื่น",
                    "The slot at " + local.toLocalTime() + " on " + ThaiDates.english(local.toLocalDate())
                            + " is full; please choose another");
        }
    }

    private void lock(int kind, String hash) {
        entityManager.createNativeQuery(LOCK).setParameter("kind", kind)
                .setParameter("key", (int) Long.parseLong(hash.substring(0, 8), 16)).getSingleResult();
    }
}
