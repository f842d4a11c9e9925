package th.servicepoint.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.site.ServicePoint;

/**
 * The limits against hoarding, checked under the device's and contact's locks: active bookings per device and per
 * contact, and the agency's no-show block.
 */
record BookingLimits(AppointmentSettings settings, EntityManager entityManager) {

    private static final String ACTIVE = """
            select count(*) from appointment where %s = :hash and status = 'BOOKED' and slot_end > :now
            """;
    private static final String RULE = """
            select a.booking_no_show_limit, a.booking_block_days from agency a
            join service_point sp on sp.agency_id = a.id where sp.id = :sp
            """;
    /** The no-shows within the window, latest first: the limit-th of them ends the block when it leaves the window. */
    private static final String NO_SHOWS = """
            select slot_start from appointment
            where (device_hash = :device or contact_hash = :contact) and status = 'NO_SHOW' and slot_start > :since
            order by slot_start desc
            """;

    void require(ServicePoint servicePoint, String device, String contact, Instant now) {
        if (active("device_hash", device, now) >= settings.maxActivePerDevice()) {
            throw ProblemException.conflict("BOOKING_LIMIT",
                    "โทรศัพท์เครื่องนี้มีนัดหมายที่ยังไม่ถึงเวลาครบ " + settings.maxActivePerDevice()
                            + " รายการแล้ว ยกเลิกรายการที่ไม่ใช้ก่อน หรือรอให้ถึงนัดหมาย แล้วจึงจองใหม่",
                    "This phone already holds " + settings.maxActivePerDevice()
                            + " upcoming appointments; cancel one you do not need, or wait until one is over");
        }
        if (contact != null && active("contact_hash", contact, now) >= settings.maxActivePerContact()) {
            throw ProblemException.conflict("BOOKING_LIMIT",
                    "ช่องทางติดต่อนี้มีนัดหมายที่ยังไม่ถึงเวลาครบ " + settings.maxActivePerContact() + " รายการแล้ว",
                    "This contact already holds " + settings.maxActivePerContact() + " upcoming appointments");
        }
        requireNotBlocked(servicePoint, device, contact, now);
    }

    private long active(String column, String hash, Instant now) {
        return ((Number) entityManager.createNativeQuery(ACTIVE.formatted(column)).setParameter("hash", hash)
                .setParameter("now", now).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private void requireNotBlocked(ServicePoint servicePoint, String device, String contact, Instant now) {
        Tuple rule = (Tuple) entityManager.createNativeQuery(RULE, Tuple.class).setParameter("sp", servicePoint.id)
                .getSingleResult();
        Number limit = rule.get("booking_no_show_limit", Number.class);
        if (limit == null) {
            return;
        }
        Duration block = Duration.ofDays(rule.get("booking_block_days", Number.class).longValue());
        List<Instant> noShows = entityManager.createNativeQuery(NO_SHOWS, Instant.class).setParameter("device", device)
                .setParameter("contact", contact == null ? "" : contact).setParameter("since", now.minus(block))
                .getResultList();
        if (noShows.size() >= limit.intValue()) {
            LocalDate until = LocalDate.ofInstant(noShows.get(limit.intValue() - 1).plus(block), servicePoint.zone());
            throw ProblemException.conflict("BOOKING_BLOCKED",
                    "ท่านไม่มาตามนัดหมาย " + noShows.size() + " ครั้งในช่วง " + block.toDays()
                            + " วันที่ผ่านมา จึงจองเวลาได้อีกครั้งตั้งแต่วันที่ " + ThaiDates.thai(until)
                            + " ระหว่างนี้ยังกดบัตรคิวที่ตู้ได้ตามปกติ",
                    "You missed " + noShows.size() + " appointments in the last " + block.toDays()
                            + " days, so you may book again from " + ThaiDates.english(until)
                            + "; meanwhile you may take a ticket at the kiosk as usual");
        }
    }
}
