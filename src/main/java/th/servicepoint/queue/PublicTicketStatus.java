package th.servicepoint.queue;

import java.time.Instant;

/** What the citizen's phone shows for a ticket: no ids, no clerk. */
public record PublicTicketStatus(String number, String service, String serviceName, String serviceNameEn,
        String servicePoint, TicketStatus status, Integer waitingAhead, Integer estimatedWaitMinutes,
        Integer counter, String counterName, Instant issuedAt, Instant calledAt) {
}
