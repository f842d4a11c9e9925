package th.servicepoint.notify;

/** How sending one notice went. */
public enum Delivery {
    SENT,
    /** The address is no longer valid (a push subscription expired, a number refused): the follower is stopped. */
    GONE,
    /** Not now (the service is down or busy): tried again later, up to the configured attempts. */
    FAILED
}
