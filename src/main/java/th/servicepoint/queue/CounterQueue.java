package th.servicepoint.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The queue a counter calls from: the tickets waiting for its services in the order call-next would take them now,
 * and today's no-shows of those services, which the clerk may put back in the queue.
 */
public record CounterQueue(List<Entry> waiting, List<Entry> noShows) {

    /**
     * One ticket of the list; {@code waitedMinutes} counts from its arrival in the queue (kept on transfer, moved when
     * the citizen asked for more time); {@code channel} REMOTE: joined from a phone, the citizen may still be on the
     * way; {@code moreTimeAt}: when the citizen asked for a few more minutes, if they did; {@code appointmentAt}: on a
     * ticket of channel APPOINTMENT, its slot's start, from which it is called ahead of walk-ins.
     */
    public record Entry(Long id, String number, String service, Priority priority, Instant issuedAt,
            long waitedMinutes, Channel channel, Instant moreTimeAt, Instant appointmentAt) {

        static Entry of(Ticket ticket, Instant now) {
            return new Entry(ticket.id, ticket.number, ticket.service.prefix, ticket.priority, ticket.issuedAt,
                    Math.max(0, Duration.between(ticket.queuedAt, now).toMinutes()), ticket.channel,
                    ticket.moreTimeAt, ticket.appointmentAt);
        }
    }
}
