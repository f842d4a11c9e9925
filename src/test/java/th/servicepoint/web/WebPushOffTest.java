package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.TicketScreen.number;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Without VAPID keys (as the tests' default settings are) web push is off: the page offers nothing, the API says so. */
@QuarkusTest
class WebPushOffTest {

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/ticket/")
    URL ticketPage;

    @Test
    void thePageOffersNothingAndTheApiRefusesClearly() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        JsonPath ticket = issue(site, "A");
        String token = ticket.getString("trackingToken");

        given().get("/api/v1/web-push/key").then().statusCode(200).body("enabled", equalTo(false))
                .body("publicKey", nullValue());
        Map<String, Object> subscription = Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/abc", "keys",
                Map.of("p256dh", "BOr", "auth", "x"));
        problem(given().contentType(ContentType.JSON).body(subscription).post("/api/v1/tickets/{t}/web-push", token)
                .then(), 409, "WEB_PUSH_OFF");

        Page page = Chromium.open(ticketPage + "?t=" + token, 360, 740);
        assertThat(number(page)).hasText(ticket.getString("number"));
        assertThat(button(page, WebPushPageTest.BUTTON)).hasCount(0);
        assertThat(page.locator("#web-push")).isHidden();
        Chromium.close(page);
    }
}
