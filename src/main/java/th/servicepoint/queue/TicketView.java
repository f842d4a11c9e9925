package th.servicepoint.queue;

import java.time.Instant;

/**
 * A ticket as clerks, kiosks and the API see it; {@code surveyUrl} only in the answer to completing it,
 * {@code trackingUrl} (the address its printed QR code carries) only in the answer to issuing it.
 */
public record TicketView(Long id, String number, String service, String serviceName, String serviceNameEn,
        Priority priority, Channel channel, TicketStatus status, Integer waitingAhead, Integer estimatedWaitMinutes,
        String trackingToken, Instant issuedAt, Integer counter, Instant calledAt, int callCount, String surveyUrl,
        String trackingUrl) {

    /** A ticket just issued: waiting, at no counter yet. */
    static TicketView issued(long id, NewTicket ticket, int waitingAhead) {
        IssueTarget target = ticket.target();
        return new TicketView(id, ticket.number(), target.prefix(), target.nameTh(), target.nameEn(),
                ticket.priority(), ticket.channel(), TicketStatus.WAITING, waitingAhead,
                ticket.estimatedWaitMinutes(), ticket.trackingToken(), ticket.issuedAt(), null, null, 0, null, null);
    }

    /** The same ticket with the address its QR code carries. */
    TicketView withTrackingUrl(String url) {
        return new TicketView(id, number, service, serviceName, serviceNameEn, priority, channel, status, waitingAhead,
                estimatedWaitMinutes, trackingToken, issuedAt, counter, calledAt, callCount, surveyUrl, url);
    }

    /** A ticket a clerk handles: its place in the queue is not computed. */
    static TicketView atCounter(Ticket ticket) {
        return atCounter(ticket, null);
    }

    /** A ticket a clerk has just completed, with the survey link to show the citizen. */
    static TicketView atCounter(Ticket ticket, String surveyUrl) {
        return new TicketView(ticket.id, ticket.number, ticket.service.prefix, ticket.service.nameTh,
                ticket.service.nameEn, ticket.priority, ticket.channel, ticket.status, null, null,
                ticket.trackingToken, ticket.issuedAt, ticket.counter == null ? null : ticket.counter.number,
                ticket.calledAt, ticket.callCount, surveyUrl, null);
    }
}
