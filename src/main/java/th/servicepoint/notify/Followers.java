package th.servicepoint.notify;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.queue.Ticket;

/** PLACEHOLDER of the lead's contract (issue 18), replaced by main's file at the merge. */
@ApplicationScoped
public class Followers {
    public long follow(Ticket ticket, FollowerChannel channel, String address) {
        throw new UnsupportedOperationException("the lead's Followers");
    }
}
