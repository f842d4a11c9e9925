package th.servicepoint.queue;

import java.time.Instant;
import java.util.List;

/** A lobby display's view of a service point: the queue, and the latest calls, newest first. */
public record DisplayBoard(QueueView queue, List<RecentCall> recentCalls) {

    static final int RECENT_CALLS = 10;

    public record RecentCall(Long ticketId, String number, String service, Integer counter, String counterName,
            Instant calledAt, TicketStatus status, Channel channel) {

        static RecentCall of(Ticket ticket) {
            return new RecentCall(ticket.id, ticket.number, ticket.service.prefix,
                    ticket.counter == null ? null : ticket.counter.number,
                    ticket.counter == null ? null : ticket.counter.name, ticket.calledAt, ticket.status,
                    ticket.channel);
        }
    }
}
