package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.live.LiveQueueTest.screen;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/** Sockets opened with a wrong address or key are closed with a code and a reason; odd client messages get errors. */
@QuarkusTest
class ScreenInputTest {

    @Inject
    Fixtures fixtures;

    Site site;
    Site other;

    @BeforeEach
    void sites() {
        site = fixtures.site().service("A").counter(1, "A").create();
        other = fixtures.site().service("A").counter(1, "A").create();
    }

    @Test
    void unknownServicePointCounterOrTicketCloses4404() {
        refused("/ws/v1/service-points/no-such-place/display?key=" + site.displayKey(), 4404, "NOT_FOUND");
        refused("/ws/v1/counters/987654321?key=" + site.counterKey(1), 4404, "NOT_FOUND");
        refused("/ws/v1/tickets/not-a-real-token", 4404, "NOT_FOUND");
    }

    @Test
    void missingOrUnknownKeyCloses4401() {
        refused(display(""), 4401, "KEY_REQUIRED");
        refused(display("?key="), 4401, "KEY_REQUIRED");
        refused(display("?key=wrong-key"), 4401, "KEY_REQUIRED");
        refused("/ws/v1/counters/" + site.counter(1), 4401, "KEY_REQUIRED");
    }

    @Test
    void kioskKeyOrAnotherServicePointsKeyCloses4403() {
        refused(display("?key=" + site.kioskKey()), 4403, "NOT_ALLOWED");
        refused(display("?key=" + other.displayKey()), 4403, "NOT_ALLOWED");
        refused("/ws/v1/counters/" + site.counter(1) + "?key=" + other.counterKey(1), 4403, "NOT_ALLOWED");
    }

    @Test
    void malformedAddressCloses4400() {
        refused(display("?key=" + site.displayKey() + "&since=yesterday"), 4400, "BAD_REQUEST");
        refused(display("?key=" + site.displayKey() + "&since=-1"), 4400, "BAD_REQUEST");
        refused("/ws/v1/counters/first?key=" + site.counterKey(1), 4400, "BAD_REQUEST");
    }

    @Test
    void malformedClientMessageGetsAnErrorAndTheScreenStaysOpen() {
        try (ScreenClient display = screen(display("?key=" + site.displayKey()))) {
            assertEquals("snapshot", display.next().getString("type"));
            display.send("{not json");
            JsonPath error = display.next();
            assertEquals("error", error.getString("type"));
            assertEquals("BAD_MESSAGE", error.getString("code"));
            assertTrue(error.getString("detailTh").contains("ping"));
            display.send("{\"type\":\"ping\"}");
            assertEquals("pong", display.next().getString("type"));
        }
    }

    @Test
    void theServerPingsIdleScreens() throws InterruptedException {
        try (ScreenClient display = screen(display("?key=" + site.displayKey()))) {
            assertEquals("snapshot", display.next().getString("type"));
            assertTrue(display.pingedWithin(Duration.ofSeconds(5)), "a ping within 5 s (every 2 s in tests)");
        }
    }

    @Test
    void aKeyBoundToNoServicePointOpensAnyDisplay() {
        String key = fixtures.unboundDisplayKey();
        try (ScreenClient display = screen(display("?key=" + key))) {
            assertEquals("snapshot", display.next().getString("type"));
        }
    }

    private String display(String query) {
        return "/ws/v1/service-points/" + site.code() + "/display" + query;
    }

    private static void refused(String path, int code, String problem) {
        try (ScreenClient client = screen(path)) {
            JsonPath error = client.next();
            assertEquals("error", error.getString("type"));
            assertEquals(problem, error.getString("code"));
            assertEquals(code, error.getInt("close"));
            assertTrue(!error.getString("detail").isBlank() && !error.getString("detailTh").isBlank());
            ScreenClient.Closed closed = client.awaitClose();
            assertEquals(code, closed.code());
            assertTrue(closed.reason().length() > 10, closed.reason());
        }
    }
}
