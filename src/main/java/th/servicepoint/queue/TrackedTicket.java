package th.servicepoint.queue;

/** A ticket a citizen follows on their phone; the ids stay on the server. */
public record TrackedTicket(long ticketId, long servicePointId, PublicTicketStatus status) {
}
