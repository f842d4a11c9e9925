package th.servicepoint.queue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happened, as the {@code type} of a screen message. */
public enum QueueEventType {
    ISSUED("issued"),
    CALLED("called"),
    RECALLED("recalled"),
    SERVING("serving"),
    COMPLETED("completed"),
    NO_SHOW("no-show"),
    /** A no-show ticket put back in the queue at its old place. */
    REACTIVATED("reactivated"),
    CANCELLED("cancelled"),
    /** A called or serving ticket put back in the queue at its old place, as its clerk handed the counter over. */
    HANDED_BACK("handed-back"),
    TRANSFERRED("transferred"),
    /** A waiting ticket moved back a few places, as its citizen asked for a few more minutes (once per ticket). */
    MORE_TIME("more-time"),
    /** A counter opened, paused, closed, or a clerk signed in or out. */
    COUNTER("counter");

    private final String wireName;

    QueueEventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
