package th.servicepoint.notify;

/** How a follower hears of their ticket. */
public enum FollowerChannel {
    LINE,
    WEB_PUSH,
    SMS
}
