package th.servicepoint.appointment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The agency's closed days of one calendar year (CE), in date order: what GET answers and what PUT replaces the year's
 * list with.
 */
public record ClosedDaysOfYear(
        @NotNull @Min(ClosedDays.FIRST_YEAR) @Max(ClosedDays.LAST_YEAR) Integer year,
        @NotNull @Size(max = ClosedDays.MAX_PER_YEAR) List<@NotNull @Valid ClosedDate> days) {
}
