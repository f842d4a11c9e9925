package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.issue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Metrics;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/** servicepoint_screens_connected counts this instance's open screens of each kind, up on open and down on close. */
@QuarkusTest
class ScreenGaugesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void eachKindCountsItsOpenScreens() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String token = issue(site, "A").getString("trackingToken");
        assertCounted("display", "/ws/v1/service-points/" + site.code() + "/display?key=" + site.displayKey());
        assertCounted("counter", "/ws/v1/counters/" + site.counter(1) + "?key=" + site.counterKey(1));
        assertCounted("ticket", "/ws/v1/tickets/" + token);
    }

    @Test
    void aRefusedScreenIsNotCounted() {
        Site site = fixtures.site().service("A").create();
        double before = connected("display");
        try (ScreenClient refused = ScreenClient.open(RestAssured.port,
                "/ws/v1/service-points/" + site.code() + "/display?key=wrong")) {
            refused.awaitClose();
            assertEquals(before, connected("display"));
        }
    }

    private static void assertCounted(String kind, String path) {
        double before = connected(kind);
        try (ScreenClient screen = ScreenClient.open(RestAssured.port, path)) {
            screen.next(); // the snapshot: the screen has joined
            assertEquals(before + 1, connected(kind), kind + " screens while one is open");
        }
        awaitConnected(kind, before);
    }

    /** The server notices a close when the client's close frame arrives, a moment after the client closed. */
    private static void awaitConnected(String kind, double expected) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertEquals(expected, connected(kind), kind + " screens after the screen closed"));
    }

    private static double connected(String kind) {
        return Metrics.scrape().get("servicepoint_screens_connected", Map.of("kind", kind));
    }
}
