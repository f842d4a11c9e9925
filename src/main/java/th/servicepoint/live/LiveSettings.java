package th.servicepoint.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How screens follow the queue; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.live")
public interface LiveSettings {

    /**
     * A screen that resumes with {@code ?since=N} gets the missed events when there are at most this many; with more,
     * a fresh snapshot is shorter and just as correct.
     */
    int replayLimit();

    /** How long the event journal keeps events for screens that resume; older events are deleted hourly. */
    Duration journalRetention();

    /**
     * How many messages may wait to be written to one socket, which bounds the memory a screen can hold. A screen that
     * falls further behind is closed with code 4408 and resumes with {@code ?since=N} when it can.
     */
    int sendBuffer();

    /**
     * A screen with messages waiting that has taken none for this long (a dead network, a frozen browser) is closed
     * with code 4408 at the next event, so it never slows the others down or holds memory for long.
     */
    Duration stallTimeout();

    /** How long the event listener waits before connecting to PostgreSQL again after losing its connection. */
    Duration listenerRetry();
}
