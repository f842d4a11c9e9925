package th.servicepoint.queue;

import java.util.List;

import th.servicepoint.site.CounterStatus;

/** The whole queue of a service point: what a display or a clerk sees at a glance. */
public record QueueView(List<ServiceQueue> services, List<CounterState> counters) {

    public record ServiceQueue(String prefix, String name, String nameEn, int waiting, int estimatedWaitMinutes) {
    }

    public record CounterState(Long id, int number, String name, CounterStatus status, List<String> services,
            String clerk, TicketView serving) {
    }
}
