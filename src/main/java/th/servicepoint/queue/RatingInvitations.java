package th.servicepoint.queue;

import java.util.Optional;

/**
 * How the citizen of a served ticket is invited to rate the service. The survey sits above the queue and implements
 * this, so that completing a ticket can mint the invitation in its own transaction without the queue knowing surveys.
 */
public interface RatingInvitations {

    /** Mints the one-time invitation of a ticket just completed, in the completion's transaction; returns its URL. */
    String mintFor(Ticket ticket);

    /** The link of a served ticket's invitation, while it is neither answered nor expired. */
    Optional<String> openUrlFor(Ticket ticket);
}
