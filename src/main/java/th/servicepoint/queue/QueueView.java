package th.servicepoint.queue;

import java.util.List;

import th.servicepoint.site.Counter;
import th.servicepoint.site.CounterStatus;

/** The whole queue of a service point: what a display or a clerk sees at a glance. */
public record QueueView(List<ServiceQueue> services, List<CounterState> counters) {

    public record ServiceQueue(String prefix, String name, String nameEn, int waiting, int estimatedWaitMinutes) {
    }

    public record CounterState(Long id, int number, String name, CounterStatus status, List<String> services,
            String clerk, TicketView serving) {

        static CounterState of(Counter counter, Ticket serving) {
            return new CounterState(counter.id, counter.number, counter.name, counter.status,
                    counter.services.stream().map(s -> s.prefix).toList(),
                    counter.clerk == null ? null : counter.clerk.displayName,
                    serving == null ? null : TicketView.atCounter(serving));
        }
    }
}
