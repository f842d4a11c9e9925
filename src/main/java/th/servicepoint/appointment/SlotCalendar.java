package th.servicepoint.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.servicepoint.site.OpeningHours;

/**
 * Cuts one day of a service into appointment slots. A slot is {@code slotMinutes} long; the day holds as many whole
 * slots as fit between opening and closing. Each counter serving the service gives every slot its time, of which
 * {@code walkInPercent} stays for walk-ins: slot {@code i} of the day gets
 * {@code floor((i + 1) × counters × bookable%) − floor(i × counters × bookable%)} places, so that over the day the
 * bookable share is exact even when one slot's share is a fraction (one counter, half kept: every second slot has a
 * place). No slot on a day the service point is closed, a closed day of the agency, a past day or beyond the booking
 * horizon; none today that has already started.
 *
 * @param hours the service point's opening hours and zone
 * @param slotMinutes the length of a slot
 * @param walkInPercent the share kept for walk-ins
 * @param bookAheadDays the last bookable day, counted from today
 * @param counters how many counters serve the service
 * @param closedDays the agency's closed days
 */
record SlotCalendar(OpeningHours hours, int slotMinutes, int walkInPercent, int bookAheadDays, int counters,
        Set<LocalDate> closedDays) {

    /** A slot with the places it has before any booking. */
    record PlannedSlot(Instant start, Instant end, int places) {
    }

    /** The day's slots that have a place for appointments, in time order. */
    List<PlannedSlot> slots(LocalDate day, Instant now) {
        if (!isBookingDay(day, now)) {
            return List.of();
        }
        List<PlannedSlot> slots = new ArrayList<>();
        long shareTimesCounters = (long) counters * (100 - walkInPercent);
        LocalTime start = hours.opens();
        for (int i = 0; !start.plusMinutes(slotMinutes).isAfter(hours.closes())
                && start.plusMinutes(slotMinutes).isAfter(start); i++) {
            int places = (int) ((i + 1) * shareTimesCounters / 100 - i * shareTimesCounters / 100);
            Instant from = day.atTime(start).atZone(hours.zone()).toInstant();
            if (places > 0 && from.isAfter(now)) {
                slots.add(new PlannedSlot(from, from.plusSeconds(slotMinutes * 60L), places));
            }
            start = start.plusMinutes(slotMinutes);
        }
        return slots;
    }

    /** The slots with what is left of them after the bookings held ({@code booked} by slot start). */
    List<Slot> free(LocalDate day, Instant now, Map<Instant, Integer> booked) {
        return slots(day, now).stream()
                .map(s -> new Slot(s.start(), s.end(), Math.max(0, s.places() - booked.getOrDefault(s.start(), 0))))
                .toList();
    }

    /** The planned slot that starts at {@code start}, if the day has one. */
    PlannedSlot slotAt(Instant start, Instant now) {
        LocalDate day = LocalDate.ofInstant(start, hours.zone());
        return slots(day, now).stream().filter(s -> s.start().equals(start)).findFirst().orElse(null);
    }

    boolean isBookingDay(LocalDate day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, hours.zone());
        return !day.isBefore(today) && !day.isAfter(lastDay(now)) && hours.days().contains(day.getDayOfWeek())
                && !closedDays.contains(day);
    }

    LocalDate lastDay(Instant now) {
        return LocalDate.ofInstant(now, hours.zone()).plusDays(bookAheadDays);
    }
}
