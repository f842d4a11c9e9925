package th.servicepoint.queue;

import java.time.Instant;

/**
 * A ticket as clerks, kiosks and the API see it. {@code trackingToken} and {@code trackingUrl} (the address its printed
 * QR code carries) only in the answer to issuing it. Never the survey link: that reaches only the citizen, through the
 * counter screen and their own ticket page, so no clerk can rate their own service. {@code openCounters}: on a ticket
 * just issued, the counters serving its service open then (with none, it is not "next" whatever waitingAhead says).
 */
public record TicketView(Long id, String number, String service, String serviceName, String serviceNameEn,
        Priority priority, Channel channel, TicketStatus status, Integer waitingAhead, Integer estimatedWaitMinutes,
        Integer openCounters, String trackingToken, Instant issuedAt, Integer counter, Instant calledAt, int callCount,
        String trackingUrl) {

    /** A ticket just issued: waiting, at no counter yet. */
    static TicketView issued(long id, NewTicket ticket, int waitingAhead, int openCounters) {
        IssueTarget target = ticket.target();
        return new TicketView(id, ticket.number(), target.prefix(), target.nameTh(), target.nameEn(),
                ticket.priority(), ticket.channel(), TicketStatus.WAITING, waitingAhead,
                ticket.estimatedWaitMinutes(), openCounters, ticket.trackingToken(), ticket.issuedAt(), null, null, 0, null);
    }

    /** The same ticket with the address its QR code carries. */
    TicketView withTrackingUrl(String url) {
        return new TicketView(id, number, service, serviceName, serviceNameEn, priority, channel, status, waitingAhead,
                estimatedWaitMinutes, openCounters, trackingToken, issuedAt, counter, calledAt, callCount, url);
    }

    /** The same ticket without its tracking token, for an answer that goes to staff. */
    TicketView withoutTracking() {
        return new TicketView(id, number, service, serviceName, serviceNameEn, priority, channel, status, waitingAhead,
                estimatedWaitMinutes, openCounters, null, issuedAt, counter, calledAt, callCount, null);
    }

    /**
     * A ticket a clerk handles: its place in the queue is not computed, and its tracking token is left out, since the
     * ticket page it opens shows the survey link once the ticket is done.
     */
    static TicketView atCounter(Ticket ticket) {
        return new TicketView(ticket.id, ticket.number, ticket.service.prefix, ticket.service.nameTh,
                ticket.service.nameEn, ticket.priority, ticket.channel, ticket.status, null, null, null, null,
                ticket.issuedAt, ticket.counter == null ? null : ticket.counter.number, ticket.calledAt,
                ticket.callCount, null);
    }
}
