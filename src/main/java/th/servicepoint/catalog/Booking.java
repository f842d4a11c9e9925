package th.servicepoint.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Whether citizens may book a time for a service (issue 19), and how its day is cut into slots.
 *
 * @param enabled off by default: an agency opens booking service by service
 * @param slotMinutes the length of one slot; null: the service's published standard time (at least
 *        {@link #MIN_SLOT_MINUTES})
 * @param walkInPercent the share of each counter's time kept for citizens who come without an appointment (0–100)
 * @param bookAheadDays how many days ahead one may book (today counts as 0)
 */
public record Booking(
        boolean enabled,
        @Min(MIN_SLOT_MINUTES) @Max(480) Integer slotMinutes,
        @Min(0) @Max(100) Integer walkInPercent,
        @Min(1) @Max(366) Integer bookAheadDays) {

    public static final int MIN_SLOT_MINUTES = 5;
    public static final Booking OFF = new Booking(false, null, 50, 30);

    /** The slot length in minutes with the service's standard time in place of none. */
    public int slotMinutes(int standardMinutes) {
        return slotMinutes != null ? slotMinutes : Math.max(MIN_SLOT_MINUTES, standardMinutes);
    }

    /** The same settings with the defaults of {@link #OFF} where a field is left out. */
    Booking withDefaults() {
        return new Booking(enabled, slotMinutes, walkInPercent == null ? OFF.walkInPercent : walkInPercent,
                bookAheadDays == null ? OFF.bookAheadDays : bookAheadDays);
    }
}
