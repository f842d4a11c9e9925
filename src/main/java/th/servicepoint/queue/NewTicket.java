package th.servicepoint.queue;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket about to be issued: the columns {@link IssuedTickets} inserts. */
record NewTicket(IssueTarget target, LocalDate businessDay, int seq, Priority priority, Channel channel,
        String trackingToken, Instant issuedAt, int estimatedWaitMinutes, Instant appointmentAt) {

    String number() {
        return Ticket.formatNumber(target.prefix(), seq);
    }
}
