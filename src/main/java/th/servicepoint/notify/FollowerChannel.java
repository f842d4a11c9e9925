package th.servicepoint.notify;

/** How a follower hears of their ticket, complaint or appointment. */
public enum FollowerChannel {
    LINE,
    WEB_PUSH,
    SMS,
    /** Appointment reminders only, to a booking's e-mail contact. */
    EMAIL
}
