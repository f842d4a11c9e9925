package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.surveyToken;
import static th.servicepoint.support.Api.surveyUrl;

import java.net.URL;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The citizen's ticket on a small phone: position, the call within a second, then the survey link. */
@QuarkusTest
class TicketPageTest {

    /** Records vibrations and keeps every socket the page opens, so a test can cut one as a network drop would. */
    static final String RECORDER = """
            window.__vibrations = [];
            Object.defineProperty(Navigator.prototype, 'vibrate', { configurable: true,
              value: function (pattern) { window.__vibrations.push(pattern); return true; } });
            window.__sockets = [];
            const NativeSocket = window.WebSocket;
            window.WebSocket = function (url, protocols) {
              const socket = new NativeSocket(url, protocols);
              window.__sockets.push(socket);
              return socket;
            };
            window.WebSocket.prototype = NativeSocket.prototype;
            """;

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/ticket/")
    URL ticketPage;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A", 5).counter(1, "A").create();
        openCounter(site, 1);
    }

    static Page phone(String url) {
        Page page = Chromium.open("about:blank", 360, 740);
        page.addInitScript(RECORDER);
        page.navigate(url);
        return page;
    }

    @Test
    void followsTheTicketFromWaitingToCalledToTheSurvey() {
        issue(site, "A");
        JsonPath mine = issue(site, "A");
        String number = mine.getString("number");
        Page page = phone(ticketPage + "?t=" + mine.getString("trackingToken"));

        assertThat(page.getByTestId("ticket-number")).hasText(number);
        assertThat(page.getByTestId("ticket-status")).hasText("รอเรียก");
        assertThat(page.getByTestId("ticket-ahead")).hasText("1 คิว");
        assertThat(page.getByTestId("ticket-estimate")).hasText(Pattern.compile("ประมาณ \\d+ นาที|อีกไม่นาน"));
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live");
        assertThat(page.getByTestId("called-banner")).isHidden();
        assertThat(page.locator("#issued")).hasText(Pattern.compile("25[6-9]\\d")); // Buddhist era
        assertThat(page.getByTestId("survey-link")).isHidden();
        Chromium.screenshot(page, "ticket-waiting");

        // the one ahead is called and served: the phone says we are next, on the event, without a reload
        long first = callNext(site, 1).getLong("id");
        assertThat(page.getByTestId("ticket-ahead")).hasText("ไม่มี — ท่านเป็นคิวถัดไป");
        act(site, 1, first, "start").statusCode(200);
        act(site, 1, first, "complete").statusCode(200);

        long called = System.nanoTime();
        long id = callNext(site, 1).getLong("id");
        assertThat(page.getByTestId("called-banner")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        long millis = (System.nanoTime() - called) / 1_000_000;
        assertTrue(millis <= 1000, "banner after " + millis + " ms");
        assertThat(page.getByTestId("called-banner")).containsText("เชิญที่ช่องบริการ 1");
        assertThat(page.getByTestId("called-banner")).containsText("Please go to counter 1");
        assertThat(page.getByTestId("ticket-status")).hasText("ถึงคิวของท่านแล้ว");
        assertTrue(page.title().contains("ช่องบริการ 1") && page.title().contains(number), page.title());
        assertEquals(1, ((Number) page.evaluate("window.__vibrations.length")).intValue(), "vibrated once");
        Chromium.screenshot(page, "ticket-called");

        // a recall buzzes again; a mere refresh of the status does not
        act(site, 1, id, "recall").statusCode(200);
        page.waitForFunction("window.__vibrations.length === 2");

        act(site, 1, id, "start").statusCode(200);
        assertThat(page.getByTestId("ticket-status")).hasText("กำลังให้บริการ");
        assertThat(page.getByTestId("called-banner")).isHidden();
        assertFalse(page.title().contains("ช่องบริการ"), page.title());
        act(site, 1, id, "complete").statusCode(200);
        String token = surveyToken(surveyUrl(mine.getString("trackingToken")));
        assertThat(page.getByTestId("ticket-status")).hasText("ให้บริการเสร็จแล้ว");
        assertThat(page.getByTestId("survey-link")).isVisible();
        assertThat(page.getByTestId("survey-link")).hasAttribute("href", "../survey/?t=" + token);

        page.getByTestId("survey-link").click();
        assertThat(page.getByTestId("survey-form")).isVisible();
        assertThat(page.getByTestId("item-E1.1")).isVisible();
        Chromium.close(page);
    }

    @Test
    void recoversAfterTheNetworkDropsAndShowsWhatHappenedMeanwhile() {
        JsonPath mine = issue(site, "A");
        Page page = phone(ticketPage + "?t=" + mine.getString("trackingToken"));
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live");
        assertThat(page.getByTestId("ticket-status")).hasText("รอเรียก");

        page.context().setOffline(true);
        page.evaluate("window.__sockets.forEach(s => s.close())");
        assertThat(page.getByTestId("connection")).not().hasAttribute("data-state", "live");
        callNext(site, 1); // called while the phone was away
        page.waitForTimeout(1500);
        assertThat(page.getByTestId("called-banner")).isHidden();
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", Pattern.compile("offline|connecting"));

        page.context().setOffline(false);
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15000));
        assertThat(page.getByTestId("called-banner")).isVisible();
        assertThat(page.getByTestId("called-banner")).containsText("เชิญที่ช่องบริการ 1");
        Chromium.close(page);
    }

    @Test
    void explainsANoShowAndCancelledTicket() {
        JsonPath mine = issue(site, "A");
        Page page = phone(ticketPage + "?t=" + mine.getString("trackingToken"));
        long id = callNext(site, 1).getLong("id");
        assertThat(page.getByTestId("called-banner")).isVisible();
        act(site, 1, id, "no-show").statusCode(200);
        assertThat(page.getByTestId("ticket-status")).hasText("ไม่มาแสดงตนเมื่อเรียก");
        assertThat(page.locator("#explain")).containsText("ติดต่อเจ้าหน้าที่ภายในวันนี้");
        assertThat(page.getByTestId("called-banner")).isHidden();

        act(site, 1, id, "reactivate").statusCode(200);
        assertThat(page.getByTestId("ticket-status")).hasText("รอเรียก");
        act(site, 1, id, "cancel").statusCode(200);
        assertThat(page.getByTestId("ticket-status")).hasText("ยกเลิกแล้ว");
        assertThat(page.locator("#explain")).containsText("กดบัตรคิวใหม่");
        assertThat(page.getByTestId("survey-link")).isHidden();

        page.locator("#lang").click();
        assertThat(page.getByTestId("ticket-status")).hasText("Cancelled");
        assertThat(page.locator("#explain")).containsText("Take a new ticket");
        assertEquals("en", page.locator("html").getAttribute("lang"));
        Chromium.close(page);
    }

    @Test
    void anUnknownTicketSaysSoInThaiAndEnglish() {
        Page page = phone(ticketPage + "?t=no-such-ticket-token");
        assertThat(page.getByTestId("ticket-error")).containsText("ไม่พบบัตรคิวนี้");
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "refused");
        assertThat(page.getByTestId("ticket-number")).isHidden();
        page.locator("#lang").click();
        assertThat(page.getByTestId("ticket-error")).containsText("This ticket was not found");
        Chromium.close(page);
    }

    @Test
    void withoutATokenTheCitizenPastesTheLinkFromTheTicket() {
        JsonPath mine = issue(site, "A");
        Page page = phone(ticketPage.toString());
        assertThat(page.getByTestId("ticket-number")).isHidden();
        page.locator("#lookup-form button").click();
        assertThat(page.locator("#code-error")).hasText("กรุณาวางลิงก์หรือรหัสจากบัตรคิว");

        page.getByLabel("ลิงก์หรือรหัสติดตามบัตรคิว")
                .fill("http://localhost:8080/ticket/?t=" + mine.getString("trackingToken"));
        page.locator("#lookup-form button").click();
        assertThat(page.getByTestId("ticket-number")).hasText(mine.getString("number"));
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live");
        Chromium.close(page);
    }
}
