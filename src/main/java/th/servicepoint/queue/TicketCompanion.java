package th.servicepoint.queue;

import java.util.Optional;

/**
 * What the citizen's companion (LINE, web push, SMS) offers on a ticket's public status. The companion sits above the
 * queue and implements this, so that the status can carry its offer without the queue knowing LINE.
 */
public interface TicketCompanion {

    /** How to follow the ticket on LINE, while it can still be followed and LINE is set up. */
    Optional<LineInvite> lineInvite(Ticket ticket);

    /**
     * A LINE address that opens a chat with the agency's official account with {@code messageText} typed in; sending
     * it follows the ticket. The text holds a one-time code, never the tracking token.
     */
    record LineInvite(String addUrl, String messageText) {
    }
}
