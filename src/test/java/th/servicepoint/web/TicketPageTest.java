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
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.fact;
import static th.servicepoint.web.SurveyScreen.form;
import static th.servicepoint.web.SurveyScreen.question;
import static th.servicepoint.web.TicketScreen.calledBanner;
import static th.servicepoint.web.TicketScreen.connection;
import static th.servicepoint.web.TicketScreen.keepOpen;
import static th.servicepoint.web.TicketScreen.number;
import static th.servicepoint.web.TicketScreen.surveyLink;
import static th.servicepoint.web.TicketScreen.ticket;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;

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

    /** A 360 px phone whose owner chose 200 % text, without the recorder: the browser's own vibrate. */
    static Page phoneWithLargeText(String url) {
        Page page = Chromium.open("about:blank", 360, 740);
        LargeText.on(page);
        page.navigate(url);
        return page;
    }

    static int vibrations(Page page) {
        return ((Number) page.evaluate("window.__vibrations.length")).intValue();
    }

    @Test
    void atTwiceTheTextSizeTheNumberFitsAndNoWordBreaks() {
        issue(site, "A");
        JsonPath mine = issue(site, "A");
        Page page = phoneWithLargeText(ticketPage + "?t=" + mine.getString("trackingToken"));
        assertThat(number(page)).hasText(mine.getString("number"));
        assertThat(fact(page, "จำนวนคิวก่อนหน้า")).hasText("1 คิว");
        assertEquals("36px", page.evaluate("getComputedStyle(document.documentElement).fontSize"), "18 px × 200 %");

        assertFitsTheScreen(page, "หมายเลขคิว", "waiting at 200 %");
        // the term takes the line's width and its value goes below it, not a column one word wide
        BoundingBox term = fact(page, "จำนวนคิวก่อนหน้า").locator("xpath=../dt").boundingBox();
        BoundingBox value = fact(page, "จำนวนคิวก่อนหน้า").boundingBox();
        assertTrue(value.y >= term.y + term.height - 1, "the value below its term");
        Accessibility.assertNoViolations(page, "ticket waiting at 200 % text");

        act(site, 1, callNext(site, 1).getLong("id"), "no-show").statusCode(200);
        callNext(site, 1);
        assertThat(calledBanner(page)).isVisible();
        assertFitsTheScreen(page, "หมายเลขคิว", "called at 200 %");
        button(page, "English").click();
        assertThat(fact(page, "Status")).hasText("It is your turn");
        assertFitsTheScreen(page, "Ticket number", "called at 200 %, in English");
        Accessibility.assertNoViolations(page, "ticket called at 200 % text, in English");
        Chromium.close(page);
    }

    /** The whole number shown, nothing wider than the phone, and no word broken across lines. */
    private static void assertFitsTheScreen(Page page, String label, String state) {
        Locator number = ScreenParts.ticketNumber(ticket(page, label));
        assertTrue((Boolean) number.evaluate("n => n.scrollWidth <= n.clientWidth"), "number clipped: " + state);
        BoundingBox box = number.boundingBox();
        assertTrue(box.x >= 0 && box.x + box.width <= 360, "number outside the screen: " + state);
        assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "page wider than the phone: " + state);
        WordBreaks.assertNone(page, state);
    }

    @Test
    void vibratesOnlyAfterATapSoTheBrowserLogsNoRefusal() {
        JsonPath mine = issue(site, "A");
        Page page = Chromium.open(ticketPage + "?t=" + mine.getString("trackingToken"), 360, 740);
        List<String> messages = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> messages.add(message.type() + ": " + message.text()));

        // Playwright's own look at a page counts as a tap (it evaluates with a user gesture), so the page is left
        // untouched until the call has come: Chromium then logs "error: Blocked call to navigator.vibrate …"
        callNext(site, 1);
        page.waitForTimeout(2500);
        assertEquals(List.of(), messages.stream().filter(m -> m.contains("vibrate")).toList(), "before any tap");
        assertThat(calledBanner(page)).isVisible();
        Chromium.close(page); // fails on an error in the console
    }

    @Test
    void followsTheTicketFromWaitingToCalledToTheSurvey() {
        issue(site, "A");
        JsonPath mine = issue(site, "A");
        String number = mine.getString("number");
        Page page = phone(ticketPage + "?t=" + mine.getString("trackingToken"));

        assertThat(number(page)).hasText(number);
        assertThat(fact(page, "สถานะ")).hasText("รอเรียก");
        assertThat(fact(page, "จำนวนคิวก่อนหน้า")).hasText("1 คิว");
        assertThat(fact(page, "เวลารอโดยประมาณ")).hasText(Pattern.compile("ประมาณ \\d+ นาที|อีกไม่นาน"));
        assertThat(connection(page)).hasAttribute("data-state", "live");
        assertThat(calledBanner(page)).isHidden();
        assertThat(fact(page, "ออกบัตรเมื่อ")).hasText(Pattern.compile("25[6-9]\\d")); // Buddhist era
        assertThat(surveyLink(page)).isHidden();
        assertThat(keepOpen(page)).isVisible();
        Accessibility.assertNoViolations(page, "ticket waiting");
        Chromium.screenshot(page, "ticket-waiting");

        // the phone may vibrate only after a tap: the citizen turns it on, and the page buzzes once to show it works
        button(page, "แตะเพื่อเปิดการสั่นเตือน").click();
        assertThat(button(page, "แตะเพื่อเปิดการสั่นเตือน")).isHidden();
        assertEquals(1, vibrations(page), "the tap's short buzz");

        // the one ahead is called and served: the phone says we are next, on the event, without a reload
        long first = callNext(site, 1).getLong("id");
        assertThat(fact(page, "จำนวนคิวก่อนหน้า")).hasText("ไม่มี — ท่านเป็นคิวถัดไป");
        act(site, 1, first, "start").statusCode(200);
        act(site, 1, first, "complete").statusCode(200);

        long called = System.nanoTime();
        long id = callNext(site, 1).getLong("id");
        assertThat(calledBanner(page)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        long millis = (System.nanoTime() - called) / 1_000_000;
        assertTrue(millis <= 1000, "banner after " + millis + " ms");
        assertThat(calledBanner(page)).containsText("เชิญที่ช่องบริการ 1");
        assertThat(calledBanner(page)).containsText("Please go to counter 1");
        assertThat(fact(page, "สถานะ")).hasText("ถึงคิวของท่านแล้ว");
        assertTrue(page.title().contains("ช่องบริการ 1") && page.title().contains(number), page.title());
        assertEquals(2, vibrations(page), "vibrated once on the call");
        Accessibility.assertNoViolations(page, "ticket called");
        Chromium.screenshot(page, "ticket-called");

        // a recall buzzes again; a mere refresh of the status does not
        act(site, 1, id, "recall").statusCode(200);
        page.waitForFunction("() => window.__vibrations.length === 3");

        act(site, 1, id, "start").statusCode(200);
        assertThat(fact(page, "สถานะ")).hasText("กำลังให้บริการ");
        assertThat(calledBanner(page)).isHidden();
        assertFalse(page.title().contains("ช่องบริการ"), page.title());
        assertThat(keepOpen(page)).isHidden();
        Accessibility.assertNoViolations(page, "ticket being served");
        act(site, 1, id, "complete").statusCode(200);
        String token = surveyToken(surveyUrl(mine.getString("trackingToken")));
        assertThat(fact(page, "สถานะ")).hasText("ให้บริการเสร็จแล้ว");
        assertThat(surveyLink(page)).isVisible();
        assertThat(surveyLink(page)).hasAttribute("href", "../survey/?t=" + token);
        // served: nothing will call it any more, so the page no longer promises to alert or vibrate
        assertThat(keepOpen(page)).isHidden();
        Accessibility.assertNoViolations(page, "ticket served, survey offered");

        surveyLink(page).click();
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isVisible();
        assertThat(question(page, SurveyPageTest.questionTh(token, "E1.1"))).isVisible();
        Chromium.close(page);
    }

    @Test
    void recoversAfterTheNetworkDropsAndShowsWhatHappenedMeanwhile() {
        JsonPath mine = issue(site, "A");
        Page page = phone(ticketPage + "?t=" + mine.getString("trackingToken"));
        assertThat(connection(page)).hasAttribute("data-state", "live");
        assertThat(fact(page, "สถานะ")).hasText("รอเรียก");

        page.context().setOffline(true);
        page.evaluate("window.__sockets.forEach(s => s.close())");
        assertThat(connection(page)).not().hasAttribute("data-state", "live");
        callNext(site, 1); // called while the phone was away
        page.waitForTimeout(1500);
        assertThat(calledBanner(page)).isHidden();
        assertThat(connection(page)).hasAttribute("data-state", Pattern.compile("offline|connecting"));

        page.context().setOffline(false);
        assertThat(connection(page)).hasAttribute("data-state", "live",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15000));
        assertThat(calledBanner(page)).isVisible();
        assertThat(calledBanner(page)).containsText("เชิญที่ช่องบริการ 1");
        Chromium.close(page);
    }

    @Test
    void explainsANoShowAndCancelledTicket() {
        JsonPath mine = issue(site, "A");
        Page page = phone(ticketPage + "?t=" + mine.getString("trackingToken"));
        long id = callNext(site, 1).getLong("id");
        assertThat(calledBanner(page)).isVisible();
        act(site, 1, id, "no-show").statusCode(200);
        assertThat(fact(page, "สถานะ")).hasText("ไม่มาแสดงตนเมื่อเรียก");
        assertThat(ticket(page, "หมายเลขคิว").getByText("ติดต่อเจ้าหน้าที่ภายในวันนี้")).isVisible();
        assertThat(calledBanner(page)).isHidden();
        assertThat(keepOpen(page)).isHidden();
        Accessibility.assertNoViolations(page, "ticket no-show");

        act(site, 1, id, "reactivate").statusCode(200);
        assertThat(fact(page, "สถานะ")).hasText("รอเรียก");
        act(site, 1, id, "cancel").statusCode(200);
        assertThat(fact(page, "สถานะ")).hasText("ยกเลิกแล้ว");
        assertThat(ticket(page, "หมายเลขคิว").getByText("กดบัตรคิวใหม่")).isVisible();
        assertThat(surveyLink(page)).isHidden();
        assertThat(keepOpen(page)).isHidden();
        Accessibility.assertNoViolations(page, "ticket cancelled");

        button(page, "English").click();
        assertThat(fact(page, "Status")).hasText("Cancelled");
        assertThat(ticket(page, "Ticket number").getByText("Take a new ticket")).isVisible();
        Accessibility.assertNoViolations(page, "ticket cancelled, in English");
        assertEquals("en", page.locator("html").getAttribute("lang"));
        Chromium.close(page);
    }

    @Test
    void anUnknownTicketSaysSoInThaiAndEnglish() {
        Page page = phone(ticketPage + "?t=no-such-ticket-token");
        assertThat(alert(page)).containsText("ไม่พบบัตรคิวนี้");
        assertThat(connection(page)).hasAttribute("data-state", "refused");
        assertThat(ticket(page, "หมายเลขคิว")).isHidden();
        Accessibility.assertNoViolations(page, "unknown ticket");
        button(page, "English").click();
        assertThat(alert(page)).containsText("This ticket was not found");
        Chromium.close(page);
    }

    @Test
    void withoutATokenTheCitizenPastesTheLinkFromTheTicket() {
        JsonPath mine = issue(site, "A");
        Page page = phone(ticketPage.toString());
        assertThat(ticket(page, "หมายเลขคิว")).isHidden();
        button(page, "ติดตามคิว").click();
        Locator code = page.getByLabel("ลิงก์หรือรหัสติดตามบัตรคิว");
        assertThat(code).hasAccessibleDescription("กรุณาวางลิงก์หรือรหัสจากบัตรคิว");
        Accessibility.assertNoViolations(page, "ticket lookup, code missing");

        code.fill("http://localhost:8080/ticket/?t=" + mine.getString("trackingToken"));
        button(page, "ติดตามคิว").click();
        assertThat(number(page)).hasText(mine.getString("number"));
        assertThat(connection(page)).hasAttribute("data-state", "live");
        Chromium.close(page);
    }

    /** Without an SMS gateway the page offers no SMS at all, not a form that would only be refused. */
    @Test
    void withoutAnSmsGatewayThereIsNoSmsForm() {
        JsonPath mine = issue(site, "A");
        Page page = Chromium.open("about:blank", 360, 740);
        page.waitForResponse(response -> response.url().endsWith("/sms"),
                () -> page.navigate(ticketPage + "?t=" + mine.getString("trackingToken")));
        assertThat(number(page)).hasText(mine.getString("number"));
        assertThat(page.getByText("รับ SMS แจ้งเตือน")).isHidden();
        assertThat(page.getByLabel("หมายเลขโทรศัพท์มือถือ")).isHidden();
        Chromium.close(page);
    }
}
