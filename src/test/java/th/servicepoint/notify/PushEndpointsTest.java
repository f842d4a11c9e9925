package th.servicepoint.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Where the service may POST a push message, with the settings of a real installation: the browsers' push services by
 * name, never an address of its own network (server-side request forgery). The tests' own settings allow localhost.
 */
class PushEndpointsTest {

    private static final List<String> BROWSERS = List.of("fcm.googleapis.com", "updates.push.services.mozilla.com",
            "web.push.apple.com", "notify.windows.com");

    private final PushEndpoints endpoints = new PushEndpoints(settings(BROWSERS));

    @Test
    void theBrowsersPushServicesAreTaken() {
        for (String endpoint : List.of("https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b",
                "https://updates.push.services.mozilla.com/wpush/v2/gAAAAA", "https://web.push.apple.com/QGx0",
                "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA", "https://FCM.googleapis.com/fcm/send/x")) {
            assertEquals(Optional.empty(), endpoints.refusal(endpoint), endpoint);
        }
    }

    @Test
    void anythingElseIsRefused() {
        for (String endpoint : List.of("http://fcm.googleapis.com/fcm/send/x", "https://127.0.0.1/push",
                "https://[::1]/push", "https://2130706433/push", "https://0x7f.1/push", "https://localhost/push",
                "https://a.localhost/push", "https://169.254.169.254/latest/meta-data",
                "https://fcm.googleapis.com.evil.example/x", "https://evilfcm.googleapis.com.example/x",
                "https://notfcm.googleapis.com@10.0.0.1/x", "https://intranet.agency.go.th/admin",
                "https://fcm.googleapis.com/x#frag", "file:///etc/passwd", "https:///nohost", "ftp://fcm.googleapis.com/",
                "https://fcm.googleapis.com/" + "x".repeat(2048))) {
            assertTrue(endpoints.refusal(endpoint).isPresent(), endpoint);
        }
        assertEquals("endpoint", endpoints.refusal("https://127.0.0.1/").orElseThrow().field());
    }

    @Test
    void anyHostStillMeansNoAddressOfThisNetwork() {
        PushEndpoints any = new PushEndpoints(settings(List.of("*")));
        assertEquals(Optional.empty(), any.refusal("https://push.example.org/x"));
        assertTrue(any.refusal("https://10.1.2.3/x").isPresent());
        assertTrue(any.refusal("https://localhost/x").isPresent());
    }

    @Test
    void privateAddressesAreKnown() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "224.0.0.1")) {
            assertTrue(PushEndpoints.isPrivate(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "142.250.0.1", "2001:4860::8888")) {
            assertFalse(PushEndpoints.isPrivate(InetAddress.getByName(address)), address);
        }
        assertFalse(endpoints.reachesOnlyPublicAddresses("https://localhost/push"), "a name that resolves inward");
    }

    @Test
    void theLogNeverShowsAWholeEndpoint() {
        String endpoint = "https://fcm.googleapis.com/fcm/send/secret-capability-token";
        String redacted = PushEndpoints.redacted(endpoint);
        assertTrue(redacted.startsWith("https://fcm.googleapis.com/…"), redacted);
        assertFalse(redacted.contains("secret"), redacted);
    }

    private static WebPushSettings settings(List<String> hosts) {
        return new WebPushSettings() {
            public Optional<String> publicKey() {
                return Optional.empty();
            }

            public Optional<String> privateKey() {
                return Optional.empty();
            }

            public String subject() {
                return "mailto:it@example.org";
            }

            public Duration ttl() {
                return Duration.ofHours(1);
            }

            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            public List<String> allowedHosts() {
                return hosts;
            }

            public boolean allowPrivateHosts() {
                return false;
            }

            public Optional<String> tlsConfigurationName() {
                return Optional.empty();
            }
        };
    }
}
