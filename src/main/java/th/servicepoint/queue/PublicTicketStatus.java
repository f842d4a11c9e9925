package th.servicepoint.queue;

import java.time.Instant;

/**
 * What the citizen's phone shows for a ticket: no ids, no clerk.
 *
 * @param openCounters while waiting: the counters serving its service that are open now; with none, nobody is called
 *        yet, whatever {@code waitingAhead} says
 * @param surveyUrl once served: where to rate the service, while the survey is neither answered nor expired
 * @param line while the ticket can be followed and LINE is set up: how to follow it in the agency's LINE account
 * @param moreTimeAt when the citizen asked for a few more minutes (once per ticket), if they did
 */
public record PublicTicketStatus(String number, String service, String serviceName, String serviceNameEn,
        String servicePoint, TicketStatus status, Integer waitingAhead, Integer estimatedWaitMinutes,
        Integer openCounters,
        Integer counter, String counterName, Instant issuedAt, Instant calledAt, String surveyUrl,
        TicketCompanion.LineInvite line, Instant moreTimeAt) {
}
