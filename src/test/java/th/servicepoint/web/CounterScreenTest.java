package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.surveyUrl;
import static th.servicepoint.web.CounterScreen.connection;
import static th.servicepoint.web.CounterScreen.counterNumber;
import static th.servicepoint.web.CounterScreen.heading;
import static th.servicepoint.web.CounterScreen.servingNumber;
import static th.servicepoint.web.CounterScreen.surveyQr;
import static th.servicepoint.web.ScreenParts.alertLines;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The screen above a counter in a real browser: the call within a second, the survey QR, a network drop, refusals. */
@QuarkusTest
class CounterScreenTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_1_S = new LocatorAssertions.HasTextOptions()
            .setTimeout(1000);

    @TestHTTPResource("/counter/")
    URL screen;

    @Inject
    Fixtures fixtures;

    @Test
    void showsTheCallWithinASecondThenTheSurveyQr() throws Exception {
        Site site = fixtures.site().service("A").counter(3, "A").create();
        openCounter(site, 3);
        String trackingToken = issue(site, "A").getString("trackingToken");
        issue(site, "A");
        Page page = open(site, 3, site.counterKey(3), 1280, 720);
        assertThat(connection(page)).hasAttribute("data-state", "live");
        assertThat(counterNumber(page)).hasText("3");
        // the screen's one heading names the counter, its only heading of that level
        assertThat(heading(page)).hasCount(1);
        assertThat(heading(page)).hasAccessibleName(Pattern.compile("^ช่องบริการ Counter 3\\b"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasCount(1);
        assertThat(servingNumber(page)).hasText("—");
        Accessibility.assertNoViolations(page, "the counter screen with nobody called");

        long id = callNext(site, 3).getLong("id");
        assertThat(servingNumber(page)).hasText("A001", WITHIN_1_S);
        assertThat(page.getByText("เชิญหมายเลข")).isVisible();
        page.waitForTimeout(2100); // the call's flashing is over: the picture shows the highlight
        Accessibility.assertNoViolations(page, "the counter screen calling");
        Chromium.screenshot(page, "counter-called");

        act(site, 3, id, "start").statusCode(200);
        act(site, 3, id, "complete").statusCode(200).body("$", not(hasKey("surveyUrl")));
        String surveyUrl = surveyUrl(trackingToken);
        Locator qr = surveyQr(page);
        assertThat(qr).isVisible();
        assertThat(qr).hasAttribute("data-url", surveyUrl);
        assertThat(page.getByText("สแกนเพื่อประเมินความพึงพอใจ")).isVisible();
        assertThat(page.getByText("Scan to rate our service")).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", qr.elementHandle());
        APIResponse image = page.request().get(new URL(screen, qr.getAttribute("src")).toString());
        assertEquals(200, image.status());
        assertTrue(image.headers().get("content-type").startsWith("image/svg+xml"));
        String token = surveyUrl.substring(surveyUrl.indexOf("t=") + 2);
        assertTrue(qr.getAttribute("src").contains(token));
        Accessibility.assertNoViolations(page, "the counter screen with the survey QR");
        Chromium.screenshot(page, "counter-survey-qr");

        // the next call replaces the QR
        callNext(site, 3);
        assertThat(servingNumber(page)).hasText("A002", WITHIN_1_S);
        assertThat(qr).isHidden();
        Chromium.close(page);
    }

    @Test
    void resumesAfterANetworkDrop() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issue(site, "A");
        issue(site, "A");
        Page page = open(site, 1, site.counterKey(1), 800, 480);
        List<String> sockets = new CopyOnWriteArrayList<>();
        page.onWebSocket(socket -> sockets.add(socket.url()));
        assertThat(connection(page)).hasAttribute("data-state", "live");
        long first = callNext(site, 1).getLong("id");
        assertThat(servingNumber(page)).hasText("A001", WITHIN_1_S);

        page.context().setOffline(true);
        assertThat(connection(page)).hasAttribute("data-state", "offline");
        act(site, 1, first, "start").statusCode(200);
        act(site, 1, first, "complete").statusCode(200);
        callNext(site, 1); // A002, while the screen is away
        assertThat(servingNumber(page)).hasText("A001");

        page.context().setOffline(false);
        assertThat(servingNumber(page)).hasText("A002");
        assertThat(connection(page)).hasAttribute("data-state", "live");
        Accessibility.assertNoViolations(page, "the counter screen back online");
        assertTrue(sockets.stream().anyMatch(url -> url.contains("since=")), "resumed with since: " + sockets);
        Chromium.close(page);
    }

    @Test
    void refusalsAreShownInThaiAndEnglish() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Site other = fixtures.site().service("A").counter(1, "A").create();

        Page badKey = open(site, 1, "no-such-key", 800, 480);
        assertThat(connection(badKey)).hasAttribute("data-state", "refused");
        assertThat(alertLines(badKey).first()).not().isEmpty();
        assertThat(alertLines(badKey).last()).not().isEmpty();
        assertThat(servingNumber(badKey)).isHidden();
        Accessibility.assertNoViolations(badKey, "the counter screen refused");
        Chromium.close(badKey);

        // the screen key of another service point's counter, and the lobby display's key of this one
        for (String wrong : List.of(other.counterKey(1), site.displayKey())) {
            Page foreign = open(site, 1, wrong, 800, 480);
            assertThat(connection(foreign)).hasAttribute("data-state", "refused");
            assertThat(alertLines(foreign).first()).not().isEmpty();
            assertThat(servingNumber(foreign)).isHidden();
            Chromium.close(foreign);
        }

        Page missing = Chromium.open(screen + "?counter=" + Long.MAX_VALUE + "&key=" + site.counterKey(1), 800, 480);
        assertThat(connection(missing)).hasAttribute("data-state", "refused");
        assertThat(alertLines(missing).first()).not().isEmpty();
        Chromium.close(missing);

        Page incomplete = Chromium.open(screen.toString(), 800, 480);
        assertThat(alertLines(incomplete).first()).containsText("ที่อยู่ของหน้าจอไม่ครบ");
        assertThat(alertLines(incomplete).last()).containsText("incomplete");
        Accessibility.assertNoViolations(incomplete, "the counter screen with an incomplete address");
        Chromium.close(incomplete);
    }

    private Page open(Site site, int counter, String key, int width, int height) {
        return Chromium.open(screen + "?counter=" + site.counter(counter) + "&key=" + key, width, height);
    }
}
