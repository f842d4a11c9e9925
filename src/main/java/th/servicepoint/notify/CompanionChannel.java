package th.servicepoint.notify;

/**
 * A way to reach a follower: one bean per {@link FollowerChannel}. The dispatcher calls {@link #send} outside any
 * transaction, from its own threads and in no agency's scope, so a channel does not touch the database while sending.
 */
public interface CompanionChannel {

    FollowerChannel channel();

    /** Whether the installation has set this channel up; notices of a channel not set up wait in the outbox. */
    boolean configured();

    Delivery send(String address, Notice notice);

    /** Whether notices of this kind go out on this channel (one that costs money per message may skip some). */
    default boolean carries(NoticeKind kind) {
        return true;
    }
}
