package th.servicepoint.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Web push from the ticket page (issue 18): the VAPID key pair the service signs with (RFC 8292) and what it sends to
 * the browsers' push services; defaults in application.properties. Without both keys the channel is off: the ticket
 * page shows no button and subscribing is refused.
 */
@ConfigMapping(prefix = "servicepoint.notify.web-push")
public interface WebPushSettings {

    /**
     * The VAPID public key, base64url: the 65-byte uncompressed P-256 point, as {@code npx web-push
     * generate-vapid-keys} prints it. Browsers tie a subscription to it: a new key pair orphans every subscription.
     */
    Optional<String> publicKey();

    /** The VAPID private key, base64url: the 32-byte P-256 scalar. A secret: give it through the environment. */
    Optional<String> privateKey();

    /**
     * Who runs this service, for the push services to contact: a {@code mailto:} or {@code https:} address (RFC 8292
     * section 2.1). Apple's push service refuses a message without one.
     */
    String subject();

    /** How long a push service keeps a message for a phone that is offline; a call is stale soon after. */
    Duration ttl();

    /** Connecting to a push service and waiting for its answer, each; a send that takes longer is retried later. */
    Duration timeout();

    /**
     * The push services a subscription may name, as host names or their parent domains ({@code notify.windows.com}
     * takes {@code wns2-par02p.notify.windows.com}); {@code *} takes any public host. The server POSTs to the address a
     * stranger gives it, so it must not be free to point at the agency's own network (server-side request forgery).
     */
    List<String> allowedHosts();

    /**
     * Whether an endpoint may be an address of this machine or a private network (loopback, site- and link-local,
     * unique-local, carrier-grade NAT). Only for tests, whose stand-in push service listens on localhost.
     */
    boolean allowPrivateHosts();

    /**
     * A named TLS configuration ({@code quarkus.tls.<name>.trust-store.*}) to trust push services by, instead of the
     * JDK's own certificate authorities: for a network whose outbound proxy re-signs TLS, and for the tests' stand-in.
     */
    Optional<String> tlsConfigurationName();
}
