package th.servicepoint.notify;

/** PLACEHOLDER of the lead's contract (issue 18), replaced by main's file at the merge. */
public interface CompanionChannel {
    FollowerChannel channel();

    boolean configured();

    Delivery send(String address, Notice notice);
}
