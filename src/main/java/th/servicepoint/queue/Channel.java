package th.servicepoint.queue;

/** How a ticket was issued. */
public enum Channel {
    KIOSK,
    COUNTER,
    WEB,
    /** By the citizen from their own phone before coming in (remote joining, {@link RemoteJoining}). */
    REMOTE
}
