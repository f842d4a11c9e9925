package th.servicepoint.catalog;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/**
 * Whether citizens may join a service's queue from their phone before they are in the hall (issue 18), and how much
 * of the day may go that way. A remote ticket is a normal ticket of channel REMOTE: it takes a number of the same
 * sequence and counts against the daily cap like any other.
 *
 * @param enabled off by default: an agency opens remote joining service by service
 * @param sharePercent the share of the service's daily cap remote tickets may take (1–100), rounded down: a cap of 120
 *        and 25 % let 30 remote tickets a day. Meaningless without a daily cap, which is why {@code dailyMax} is then
 *        required
 * @param dailyMax an absolute maximum of remote tickets a day; required for a service with no daily cap (there is no
 *        capacity to take a share of, and remote joining with no limit at all would let a script empty the day);
 *        with both set, the lower limit applies
 * @param opensAt with {@code closesAt}: the time of day (service point's zone) remote joining opens, within the
 *        opening hours; none: the opening hours themselves. An agency closes it early so a citizen who joins last
 *        still has time to travel in
 */
public record RemoteJoin(
        boolean enabled,
        @Min(1) @Max(100) Integer sharePercent,
        @Positive @Max(100_000) Integer dailyMax,
        LocalTime opensAt,
        LocalTime closesAt) {

    public static final RemoteJoin OFF = new RemoteJoin(false, null, null, null, null);

    /** How many remote tickets a day the service takes with this daily cap (null: none); 0 when joining is off. */
    public int dailyLimit(Integer dailyCap) {
        if (!enabled) {
            return 0;
        }
        int limit = Integer.MAX_VALUE;
        if (dailyCap != null && sharePercent != null) {
            limit = (int) ((long) dailyCap * sharePercent / 100);
        }
        if (dailyMax != null) {
            limit = Math.min(limit, dailyMax);
        }
        return limit == Integer.MAX_VALUE ? 0 : limit;
    }

    /** Whether a window of its own is set (else remote joining follows the opening hours). */
    public boolean hasWindow() {
        return opensAt != null && closesAt != null;
    }
}
