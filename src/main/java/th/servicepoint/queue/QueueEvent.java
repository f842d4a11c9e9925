package th.servicepoint.queue;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A change of the queue that screens show, fired as a CDI event inside the transaction of the change; {@code live/}
 * numbers it and sends it once that transaction commits. It carries whole states rather than differences (the
 * counter with its current ticket, the waiting count of each service it touched), so a screen that applies an event
 * twice still shows the truth.
 *
 * @param ticket the ticket the event is about; none for counter events
 * @param counter the state of the counter involved, after the change
 * @param queues the services whose waiting count or estimate changed
 * @param surveyUrl on completed: where the citizen rates the service (the counter screen shows it as a QR code)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "at", "ticket", "counter", "queues", "surveyUrl" })
public record QueueEvent(@JsonIgnore long servicePointId, QueueEventType type, Instant at, QueueView.BoardTicket ticket,
        QueueView.CounterState counter, List<QueueView.ServiceQueue> queues, String surveyUrl) {
}
