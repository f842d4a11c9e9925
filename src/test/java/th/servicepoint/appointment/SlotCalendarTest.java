package th.servicepoint.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.servicepoint.site.OpeningHours;

/** Slot arithmetic: opening hours, closed days, the walk-in share, the horizon. No application needed. */
class SlotCalendarTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final OpeningHours WEEKDAYS = new OpeningHours(BANGKOK, LocalTime.of(8, 30), LocalTime.of(16, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    /** Monday 2 March 2026, 07:00 in Bangkok. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T00:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    @Test
    void aDayHoldsTheWholeSlotsBetweenOpeningAndClosing() {
        // 8 h with 45-minute slots: 10 whole slots (08:30 … 15:15), the last 30 minutes hold none
        List<SlotCalendar.PlannedSlot> slots = calendar(45, 0, 1).slots(TUESDAY, MONDAY_MORNING);
        assertEquals(10, slots.size());
        assertEquals(at(TUESDAY, "08:30"), slots.get(0).start());
        assertEquals(at(TUESDAY, "15:15"), slots.get(9).start());
        assertEquals(at(TUESDAY, "16:00"), slots.get(9).end());
        assertTrue(slots.stream().allMatch(s -> s.places() == 1));
    }

    @Test
    void theWalkInShareIsKeptExactlyOverTheDay() {
        // one counter, half kept for walk-ins: every second slot takes a booking
        List<SlotCalendar.PlannedSlot> half = calendar(60, 50, 1).slots(TUESDAY, MONDAY_MORNING);
        assertEquals(List.of(at(TUESDAY, "09:30"), at(TUESDAY, "11:30"), at(TUESDAY, "13:30"), at(TUESDAY, "15:30")),
                half.stream().map(SlotCalendar.PlannedSlot::start).toList());
        // three counters, 30 % kept: 2.1 places a slot, 16 of the day's 8 × 3 = 24 counter-slots … exactly floor(8 × 2.1)
        List<SlotCalendar.PlannedSlot> three = calendar(60, 30, 3).slots(TUESDAY, MONDAY_MORNING);
        assertEquals(16, three.stream().mapToInt(SlotCalendar.PlannedSlot::places).sum());
        assertTrue(three.stream().allMatch(s -> s.places() == 2 || s.places() == 3));
        // all kept for walk-ins, or no counter serving: nothing to book
        assertEquals(List.of(), calendar(60, 100, 3).slots(TUESDAY, MONDAY_MORNING));
        assertEquals(List.of(), calendar(60, 0, 0).slots(TUESDAY, MONDAY_MORNING));
    }

    @Test
    void closedDaysWeekendsThePastAndBeyondTheHorizonHaveNoSlots() {
        SlotCalendar calendar = new SlotCalendar(WEEKDAYS, 30, 0, 7, 1, Set.of(TUESDAY));
        assertEquals(List.of(), calendar.slots(TUESDAY, MONDAY_MORNING), "the agency's closed day");
        assertEquals(List.of(), calendar.slots(LocalDate.of(2026, 3, 7), MONDAY_MORNING), "Saturday");
        assertEquals(List.of(), calendar.slots(LocalDate.of(2026, 3, 1), MONDAY_MORNING), "yesterday");
        assertEquals(16, calendar.slots(LocalDate.of(2026, 3, 9), MONDAY_MORNING).size(), "the last day: 7 ahead");
        assertEquals(List.of(), calendar.slots(LocalDate.of(2026, 3, 10), MONDAY_MORNING), "8 days ahead");
    }

    @Test
    void todayOffersOnlySlotsStillToStart() {
        Instant tenPast10 = at(LocalDate.of(2026, 3, 2), "10:10");
        List<SlotCalendar.PlannedSlot> slots = calendar(60, 0, 1).slots(LocalDate.of(2026, 3, 2), tenPast10);
        assertEquals(at(LocalDate.of(2026, 3, 2), "10:30"), slots.get(0).start());
        assertEquals(6, slots.size());
    }

    @Test
    void freeSlotsSubtractWhatIsBookedAndShowFullOnesAsNone() {
        SlotCalendar calendar = calendar(240, 0, 2);
        List<Slot> free = calendar.free(TUESDAY, MONDAY_MORNING, Map.of(at(TUESDAY, "08:30"), 2, at(TUESDAY, "12:30"), 1));
        assertEquals(List.of(new Slot(at(TUESDAY, "08:30"), at(TUESDAY, "12:30"), 0),
                new Slot(at(TUESDAY, "12:30"), at(TUESDAY, "16:30"), 1)), free);
        assertEquals(at(TUESDAY, "12:30"), calendar.slotAt(at(TUESDAY, "12:30"), MONDAY_MORNING).start());
        assertEquals(null, calendar.slotAt(at(TUESDAY, "12:00"), MONDAY_MORNING), "not a slot's start");
    }

    private static SlotCalendar calendar(int slotMinutes, int walkInPercent, int counters) {
        return new SlotCalendar(WEEKDAYS, slotMinutes, walkInPercent, 30, counters, Set.of());
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BANGKOK).toInstant();
    }
}
