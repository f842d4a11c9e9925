package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import th.servicepoint.support.PackagedApp;
import th.servicepoint.support.ScreenClient;

/**
 * Two instances of the packaged application on one PostgreSQL (the first one's embedded server): screens connected to
 * either see the changes made through the other, with the same event numbers.
 */
class TwoInstancesIT {

    private static final String KIOSK = "demo-kiosk";
    private static final String DISPLAY_PATH = "/ws/v1/service-points/pao-hq/display?key=demo-display";

    private final Path workDir = Path.of("target", "two-instances-it").toAbsolutePath();
    private PackagedApp first;
    private PackagedApp second;

    @Test
    void eventsCrossInstancesBothWays() throws Exception {
        int databasePort = PackagedApp.freePort();
        first = PackagedApp.start(workDir, "first",
                Map.of("servicepoint.demo", "true", "servicepoint.embedded-db.port", String.valueOf(databasePort),
                        "servicepoint.embedded-db.data-dir", workDir.resolve("data-" + System.currentTimeMillis()).toString()),
                Map.of());
        second = PackagedApp.start(workDir, "second", Map.of("servicepoint.demo", "true"),
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"));

        try (ScreenClient onFirst = ScreenClient.open(first.port(), DISPLAY_PATH);
                ScreenClient onSecond = ScreenClient.open(second.port(), DISPLAY_PATH)) {
            long seq = onFirst.next().getLong("seq");
            assertEquals(seq, onSecond.next().getLong("seq"));

            issue(first);
            assertEvent("issued", seq + 1, "A001", onFirst, onSecond);
            issue(second);
            assertEvent("issued", seq + 2, "A002", onFirst, onSecond);

            long counter = counterOne(second);
            clerk(second, "/api/v1/counters/" + counter + "/sign-in");
            clerk(second, "/api/v1/counters/" + counter + "/open");
            assertEvent("counter", seq + 3, null, onFirst, onSecond);
            assertEvent("counter", seq + 4, null, onFirst, onSecond);
            long ticket = new JsonPath(clerk(second, "/api/v1/counters/" + counter + "/call-next")).getLong("id");
            assertEvent("called", seq + 5, "A001", onFirst, onSecond);
            clerk(first, "/api/v1/tickets/" + ticket + "/recall");
            assertEvent("recalled", seq + 6, "A001", onFirst, onSecond);
        }
    }

    private static void assertEvent(String type, long seq, String number, ScreenClient... screens) {
        for (ScreenClient screen : screens) {
            JsonPath event = screen.next();
            assertEquals(type, event.getString("type"));
            assertEquals(seq, event.getLong("seq"));
            if (number != null) {
                assertEquals(number, event.getString("ticket.number"));
            }
        }
    }

    private static void issue(PackagedApp app) throws Exception {
        app.post("/api/v1/service-points/pao-hq/tickets", "{\"service\":\"A\"}", 201, "X-Device-Key", KIOSK);
    }

    private static String clerk(PackagedApp app, String path) throws Exception {
        return app.post(path, "{}", 200, "Authorization", "Basic Y2xlcmsxOmNsZXJr");
    }

    private static long counterOne(PackagedApp app) throws Exception {
        String queue = app.send(HttpRequest.newBuilder().header("X-Device-Key", "demo-display"),
                "/api/v1/service-points/pao-hq/queue").body();
        return new JsonPath(queue).getLong("counters.find { it.number == 1 }.id");
    }

    @AfterEach
    void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }
}
