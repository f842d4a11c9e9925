package th.servicepoint.queue;

import java.time.Instant;

/**
 * What the citizen's phone shows for a ticket: no ids, no clerk.
 *
 * @param surveyUrl once served: where to rate the service, while the survey is neither answered nor expired
 */
public record PublicTicketStatus(String number, String service, String serviceName, String serviceNameEn,
        String servicePoint, TicketStatus status, Integer waitingAhead, Integer estimatedWaitMinutes,
        Integer counter, String counterName, Instant issuedAt, Instant calledAt, String surveyUrl) {
}
