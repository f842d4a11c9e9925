package th.servicepoint.live;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.live.LiveQueueTest.screen;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/**
 * The counter screen shows every survey link of its counter, so its socket is for that counter's own key: a lobby
 * display's key, or another counter's, collects nothing; and a revoked key's open sockets are closed at once.
 */
@QuarkusTest
class CounterKeysTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aDisplayKeyOrAnotherCountersKeyCannotOpenACounterScreen() {
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        refused(counter(site, 1, site.displayKey()), "NOT_ALLOWED");
        refused(counter(site, 2, site.counterKey(1)), "NOT_ALLOWED");
        refused(counter(site, 1, site.kioskKey()), "NOT_ALLOWED");
        // nor does a counter key open the lobby display (it would see every counter's calls, if not their links)
        refused("/ws/v1/service-points/" + site.code() + "/display?key=" + site.counterKey(1), "NOT_ALLOWED");
        // a display key bound to no service point is no better
        refused(counter(site, 1, fixtures.unboundDisplayKey()), "NOT_ALLOWED");
        try (ScreenClient own = screen(counter(site, 1, site.counterKey(1)))) {
            JsonPath snapshot = own.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals(site.counter(1), snapshot.getLong("counter.id"));
        }
    }

    @Test
    void theAdministratorRegistersACounterScreenWithItsCounter() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Site other = fixtures.site().service("A").counter(1, "A").create();
        Map<String, Object> body = new HashMap<>(Map.of("name", "Screen above counter 1", "kind", "COUNTER"));
        problem(admin().body(body).post("/api/v1/admin/device-keys").then(), 422, "INVALID")
                .body("errors[0].field", equalTo("counter"));
        body.put("counter", other.counter(1));
        body.put("servicePoint", site.code());
        problem(admin().body(body).post("/api/v1/admin/device-keys").then(), 422, "INVALID")
                .body("errors[0].field", equalTo("counter"));
        problem(admin().body(Map.of("name", "Lobby", "kind", "DISPLAY", "counter", site.counter(1)))
                .post("/api/v1/admin/device-keys").then(), 422, "INVALID").body("errors[0].field", equalTo("counter"));

        body.put("counter", site.counter(1));
        JsonPath issued = admin().body(body).post("/api/v1/admin/device-keys").then().statusCode(201)
                .body("kind", equalTo("COUNTER")).body("counterNumber", equalTo(1))
                .body("servicePoint", equalTo(site.code())).extract().jsonPath();
        assertEquals(site.counter(1), issued.getLong("counter"));
        try (ScreenClient own = screen(counter(site, 1, issued.getString("key")))) {
            assertEquals("snapshot", own.next().getString("type"));
        }
        refused(counter(other, 1, issued.getString("key")), "NOT_ALLOWED");
    }

    @Test
    void revokingAKeyClosesItsOpenScreensAtOnceAndTheyHearNothingMore() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        JsonPath registered = admin().body(Map.of("name", "Counter 1", "kind", "COUNTER", "counter", site.counter(1)))
                .post("/api/v1/admin/device-keys").then().statusCode(201).extract().jsonPath();
        String counterKey = registered.getString("key");
        long counterKeyId = registered.getLong("id");
        JsonPath display = admin().body(Map.of("name", "Lobby", "kind", "DISPLAY", "servicePoint", site.code()))
                .post("/api/v1/admin/device-keys").then().statusCode(201).extract().jsonPath();
        try (ScreenClient stolen = screen(counter(site, 1, counterKey));
                ScreenClient lobby = screen("/ws/v1/service-points/" + site.code() + "/display?key="
                        + display.getString("key"));
                ScreenClient kept = screen(counter(site, 1, site.counterKey(1)))) {
            assertEquals("snapshot", stolen.next().getString("type"));
            assertEquals("snapshot", lobby.next().getString("type"));
            assertEquals("snapshot", kept.next().getString("type"));

            long started = System.nanoTime();
            admin().post("/api/v1/admin/device-keys/{id}/revoke", counterKeyId).then().statusCode(200)
                    .body("active", equalTo(false));
            admin().post("/api/v1/admin/device-keys/{id}/revoke", display.getLong("id")).then().statusCode(200);
            JsonPath error = stolen.next();
            assertEquals("KEY_REQUIRED", error.getString("code"));
            assertEquals(4401, stolen.awaitClose().code());
            assertEquals(4401, lobby.next().getInt("close"));
            assertEquals(4401, lobby.awaitClose().code());
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(millis < 2000, "closed " + millis + " ms after the revocation");

            // the next survey link goes to the counter's own screen only
            issue(site, "A");
            long id = callNext(site, 1).getLong("id");
            act(site, 1, id, "start").statusCode(200);
            act(site, 1, id, "complete").statusCode(200).body("surveyUrl", nullValue());
            JsonPath completed = kept.next();
            while (!"completed".equals(completed.getString("type"))) {
                completed = kept.next();
            }
            assertTrue(completed.getString("surveyUrl").contains("/survey/?t="));
            // the revoked key cannot come back either
            refused(counter(site, 1, counterKey), "KEY_REQUIRED");
        }
    }

    private static String counter(Site site, int number, String key) {
        return "/ws/v1/counters/" + site.counter(number) + "?key=" + key;
    }

    private static void refused(String path, String code) {
        try (ScreenClient client = screen(path)) {
            JsonPath error = client.next();
            assertEquals("error", error.getString("type"));
            assertEquals(code, error.getString("code"), error.prettify());
            assertEquals(error.getInt("close"), client.awaitClose().code());
        }
    }
}
