package th.servicepoint.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one path of issuing adds to the common one ({@link TicketIssuer}): remote joining counts its share of the day
 * and records the device, a check-in gives the appointment's time, kiosks and staff add nothing.
 */
interface IssueSteps {

    IssueSteps NONE = new IssueSteps() {
    };

    /**
     * The number is taken, and with it the row lock of the service's day: every other ticket of that service and day
     * waits here, so a count read now cannot be overtaken. A refusal rolls back and gives the number back.
     */
    default void numbered(IssueTarget target, LocalDate day) {
    }

    /** The ticket is inserted, in the same transaction. */
    default void inserted(long ticketId) {
    }

    /** The start of the appointment the ticket is issued for; null for a walk-in. */
    default Instant appointmentAt() {
        return null;
    }
}
