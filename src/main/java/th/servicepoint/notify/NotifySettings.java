package th.servicepoint.notify;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the companion delivers notices; each channel has settings of its own. Defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.notify")
public interface NotifySettings {

    /**
     * How often each instance looks for notices to send besides being woken by its own queue changes: a notice written
     * by another instance waits at most this long.
     */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Notices one instance takes at a time. */
    @WithDefault("200")
    @Min(1)
    int batchSize();

    /** Notices sent at once by one instance (each waits for its channel's answer). */
    @WithDefault("16")
    @Min(1)
    @Max(256)
    int senderThreads();

    /**
     * How long a taken notice is another instance's to leave alone: longer than any channel waits for an answer, so
     * a notice is sent again only when its instance stopped while sending it.
     */
    @WithDefault("PT1M")
    Duration claimTime();

    /** Tries at a notice before it is given up as FAILED; they are spaced by {@link #retryAfter()}, doubling. */
    @WithDefault("5")
    @Min(1)
    int maxAttempts();

    @WithDefault("PT5S")
    Duration retryAfter();

    /** How many places "a few more minutes" moves a waiting ticket back. */
    @WithDefault("3")
    @Min(1)
    @Max(50)
    int moreTimePlaces();

    /** Followers one ticket may have on one channel (family members each on their own phone). */
    @WithDefault("5")
    @Min(1)
    int followersPerTicket();
}
