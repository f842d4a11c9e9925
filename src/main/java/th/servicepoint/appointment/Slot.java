package th.servicepoint.appointment;

import java.time.Instant;

/** A bookable time of a service and how many bookings it still takes (0: full). */
public record Slot(Instant start, Instant end, int remaining) {
}
