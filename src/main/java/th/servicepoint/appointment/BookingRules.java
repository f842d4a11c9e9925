package th.servicepoint.appointment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The agency's rule against booking and not coming: whoever (a phone, or a contact across phones) missed
 * {@code noShowLimit} appointments within the last {@code blockDays} days may not book until the oldest of them is
 * {@code blockDays} old; taking a ticket at the kiosk stays open to them.
 *
 * @param noShowLimit missed appointments that block; null: nobody is ever blocked
 * @param blockDays the window the misses are counted in, which is also how long a block lasts
 */
public record BookingRules(@Min(1) @Max(20) Integer noShowLimit, @NotNull @Min(1) @Max(365) Integer blockDays) {
}
