package th.servicepoint.queue;

import java.time.Instant;
import java.util.List;

import th.servicepoint.catalog.Service;
import th.servicepoint.site.Counter;
import th.servicepoint.site.CounterStatus;

/** The whole queue of a service point: what a display or a clerk sees at a glance. */
public record QueueView(List<ServiceQueue> services, List<CounterState> counters) {

    public record ServiceQueue(String prefix, String name, String nameEn, int waiting, int estimatedWaitMinutes) {
    }

    public record CounterState(Long id, int number, String name, CounterStatus status, List<String> services,
            String clerk, BoardTicket serving) {

        static CounterState of(Counter counter, Ticket serving) {
            return new CounterState(counter.id, counter.number, counter.name, counter.status,
                    Service.servedAt(counter).stream().map(s -> s.prefix).toList(),
                    counter.clerk == null ? null : counter.clerk.displayName,
                    serving == null ? null : BoardTicket.of(serving));
        }
    }

    /**
     * A ticket as a board shows it: no tracking token, which would let anyone follow it. {@code channel}: REMOTE for a
     * citizen who joined from their phone and may still be on the way, APPOINTMENT for one checked in for a booked
     * slot, whose start is {@code appointmentAt} (the reason it is called ahead of walk-ins).
     */
    public record BoardTicket(Long id, String number, String service, Priority priority, TicketStatus status,
            Instant calledAt, int callCount, Channel channel, Instant appointmentAt) {

        static BoardTicket of(Ticket ticket) {
            return new BoardTicket(ticket.id, ticket.number, ticket.service.prefix, ticket.priority, ticket.status,
                    ticket.calledAt, ticket.callCount, ticket.channel, ticket.appointmentAt);
        }
    }
}
