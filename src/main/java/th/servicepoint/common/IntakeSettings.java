package th.servicepoint.common;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How much of the service one client may hold at once; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.requests")
public interface IntakeSettings {

    /**
     * The longest a request may take to send its whole body after its headers; then 408 and the connection is closed.
     */
    Duration bodyTimeout();

    /** Requests one client address may have in progress at once; more are refused with 429. */
    int maxConcurrentPerAddress();

    /** Requests one device key may have in progress at once, whatever address they come from. */
    int maxConcurrentPerDevice();
}
