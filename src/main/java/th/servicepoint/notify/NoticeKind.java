package th.servicepoint.notify;

/** What a follower is told. */
public enum NoticeKind {
    /** Following has begun (a channel may confirm it). */
    LINKED,
    /** Few enough tickets are ahead, or the estimate is short enough, to come back now. */
    CALL_AHEAD,
    /** The ticket is called, with its counter. */
    CALLED,
    /** The ticket moved to another service's queue. */
    TRANSFERRED,
    /** Served: the link to rate the service. */
    SURVEY,
    /** A complaint the citizen follows changed status. */
    COMPLAINT_STATUS,
    /** An appointment is near: to the contact its booking gave. */
    REMINDER
}
