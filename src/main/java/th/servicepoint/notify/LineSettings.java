package th.servicepoint.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The agency's LINE Official Account (Messaging API channel), from the LINE Developers console; LINE is on when the
 * access token, the channel secret and the account's basic id are all set (docs/operations.md, "LINE").
 */
@ConfigMapping(prefix = "servicepoint.notify.line")
public interface LineSettings {

    /** The long-lived channel access token: pushes and replies are sent with it. Never logged. */
    Optional<String> channelAccessToken();

    /** The channel secret: the webhook's {@code X-Line-Signature} is checked with it. Never logged. */
    Optional<String> channelSecret();

    /** The account's basic id, {@code @} and its letters and digits (as in {@code https://line.me/R/ti/p/@…}). */
    Optional<String> basicId();

    /** LINE's API; tests point it at a stand-in. */
    @WithDefault("https://api.line.me")
    URI apiBaseUrl();

    /**
     * Pushes the account's plan allows in a month (replies are free); over it, pushes stop until the next month
     * (Asia/Bangkok) and administrators see it. 0 sends no pushes at all.
     */
    @WithDefault("300")
    @Min(0)
    int monthlyPushBudget();

    /** How long a call to LINE may take before it is given up (and the notice tried again later). */
    @WithDefault("PT10S")
    Duration timeout();
}
