package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static th.servicepoint.web.DisplayScreen.connection;
import static th.servicepoint.web.DisplayScreen.nowCalling;
import static th.servicepoint.web.DisplayScreen.recentCalls;
import static th.servicepoint.web.DisplayScreen.serving;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.DemoSite;
import th.servicepoint.support.PackagedApp;

/**
 * The lobby display on the packaged application, which is stopped and started again on the same port (an update, a
 * power cut of the server): the page, never reloaded, reconnects by itself and shows the call made after the restart.
 */
class DisplayRestartIT {

    private final Path workDir = Path.of("target", "display-restart-it").toAbsolutePath();
    private PackagedApp app;
    private Page page;

    @Test
    void theDisplayReconnectsAfterARestartAndShowsTheNextCall() throws Exception {
        Map<String, String> properties = Map.of("servicepoint.demo", "true", "servicepoint.embedded-db.port",
                String.valueOf(PackagedApp.freePort()), "servicepoint.embedded-db.data-dir",
                workDir.resolve("data-" + System.currentTimeMillis()).toString());
        app = PackagedApp.start(workDir, "before-restart", properties, Map.of());
        int port = app.port();
        DemoSite.issue(app, "A");
        DemoSite.issue(app, "A");
        long counter = DemoSite.counterOne(app);
        DemoSite.clerk(app, "/api/v1/counters/" + counter + "/sign-in");
        DemoSite.clerk(app, "/api/v1/counters/" + counter + "/open");
        JsonPath called = new JsonPath(DemoSite.clerk(app, "/api/v1/counters/" + counter + "/call-next"));
        String first = called.getString("number");

        page = Chromium.open("http://localhost:" + port + "/display/?sp=pao-hq&key=demo-display", 1920, 1080);
        assertThat(connection(page)).hasAttribute("data-state", "live",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15000));
        assertThat(nowCalling(page)).hasText(first);

        app.stop();
        assertThat(connection(page)).hasAttribute("data-state", "offline",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15000));

        app = PackagedApp.start(workDir, "after-restart", port, properties, Map.of());
        DemoSite.clerk(app, "/api/v1/tickets/" + called.getLong("id") + "/start");
        DemoSite.clerk(app, "/api/v1/tickets/" + called.getLong("id") + "/complete");
        String second = new JsonPath(DemoSite.clerk(app, "/api/v1/counters/" + counter + "/call-next")).getString("number");
        assertThat(nowCalling(page)).hasText(second, new LocatorAssertions.HasTextOptions().setTimeout(30000));
        assertThat(serving(page, 1)).hasText(second);
        assertThat(connection(page)).hasAttribute("data-state", "live");
        assertThat(recentCalls(page)).containsText(first);
    }

    @AfterEach
    void stop() throws Exception {
        if (page != null) {
            Chromium.close(page);
        }
        if (app != null) {
            app.close();
        }
    }
}
