package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.web.KioskScreen.ticket;
import static th.servicepoint.web.KioskScreen.trackingQr;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.alertLines;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.fact;
import static th.servicepoint.web.ScreenParts.ticketNumber;

import java.io.IOException;
import java.net.URL;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** The kiosk in a real browser on a portrait touch screen: choose, issue, print, start again; errors in Thai. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class KioskPageTest {

    /** Counts the print requests instead of opening a print dialog. */
    private static final String COUNT_PRINTS = "window.__prints = 0; window.print = () => { window.__prints += 1; };";
    private static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(10000);
    private static final LocatorAssertions.ContainsTextOptions SOON_CONTAINS = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(10000);
    /** The kiosk's request timeout (10 s) and some. */
    private static final LocatorAssertions.ContainsTextOptions A_REQUEST_TIMEOUT = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30000);

    @TestHTTPResource("/kiosk/")
    URL kiosk;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    private Page open(Site site, int width, int height, String extra) {
        Page page = Chromium.open("about:blank", width, height);
        page.addInitScript(COUNT_PRINTS);
        page.navigate(kiosk + "?sp=" + site.code() + "&key=" + site.kioskKey() + extra);
        return page;
    }

    @Test
    void issuesAndPrintsATicketThenStartsAgain() {
        Site site = fixtures.site().service("A", 5, 10).service("B", 15).counter(1, "A", "B").create();
        issue(site, "A");
        Page page = open(site, 1080, 1920, "&reset=3");
        List<Integer> qrStatuses = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("/qr.svg")) {
                qrStatuses.add(response.status());
            }
        });
        assertThat(button(page, "งาน A")).containsText("รอ 1 คิว", SOON_CONTAINS);
        assertThat(button(page, "งาน B")).containsText("รอ 0 คิว");
        assertThat(button(page, "งาน A")).containsText("งาน A");
        assertThat(button(page, "งาน A")).containsText("2 ขั้นตอน · เวลามาตรฐาน 15 นาที");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(site.code());
        Accessibility.assertNoViolations(page, "the kiosk's services");
        Chromium.screenshot(page, "kiosk-start");

        button(page, "งาน A").click();
        assertThat(button(page, "ทั่วไป")).isVisible();
        assertThat(button(page, "Older person")).containsText("ผู้สูงอายุ");
        Accessibility.assertNoViolations(page, "the kiosk's priority groups");
        button(page, "ผู้สูงอายุ").click();

        Locator ticket = ticket(page, "บัตรคิว");
        assertThat(ticketNumber(ticket)).hasText("A002", SOON);
        assertThat(fact(ticket, "รอก่อนหน้า")).containsText("1 คิว");
        assertThat(ticket.getByText("ผู้สูงอายุ")).isVisible();
        assertThat(fact(ticket, "ออกบัตร")).containsText(String.valueOf(java.time.Year.now().getValue() + 543));
        page.waitForFunction("() => window.__prints === 1");
        Locator qr = trackingQr(ticket);
        assertTrue((Boolean) qr.evaluate("img => img.complete && img.naturalWidth > 0"), "the QR image loaded");
        assertEquals(List.of(200), qrStatuses);
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("services.find { it.prefix == 'A' }.waiting", org.hamcrest.Matchers.equalTo(2));

        // the ticket as the 80 mm roll gets it: only the ticket, black on white
        assertThat(page.getByRole(AriaRole.BANNER)).isVisible();
        page.setViewportSize(302, 640);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertTrue(page.getByRole(AriaRole.BANNER).isHidden(), "the header is not printed");
        assertTrue(ticketNumber(ticket).isVisible());
        Chromium.screenshot(page, "kiosk-ticket");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.setViewportSize(1080, 1920);

        // back to the start by itself, with the new waiting count
        assertThat(button(page, "งาน A")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10000));
        assertThat(button(page, "งาน A")).containsText("รอ 2 คิว", SOON_CONTAINS);
        assertEquals(1, page.evaluate("window.__prints"));
        Chromium.close(page);
    }

    @Test
    void eightServicesFitWithoutScrolling() {
        Fixtures.Builder builder = fixtures.site();
        for (String prefix : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            builder.service(prefix, 5);
        }
        Site site = builder.create();
        Page page = open(site, 1080, 1920, "");
        assertThat(button(page, "งาน H")).isVisible();
        assertTrue((Boolean) page.evaluate("document.scrollingElement.scrollHeight <= innerHeight"),
                "the page does not scroll");
        Locator last = button(page, "งาน H");
        assertTrue(last.boundingBox().y + last.boundingBox().height <= 1920, "the last service is on screen");
        assertTrue(last.boundingBox().height >= 96, "a service button is at least 96 px high");
        Accessibility.assertNoViolations(page, "eight services");
        Chromium.close(page);
    }

    /**
     * Wi-Fi gone without the browser noticing: the ticket request gets no answer, ever. The kiosk gives up on it, says
     * the system cannot be reached, and issues again once the network is back, instead of ignoring every tap.
     */
    @Test
    void aSilentNetworkDropDoesNotFreezeTheKiosk() throws IOException {
        Site site = fixtures.site().service("A").create();
        try (NetworkCut network = NetworkCut.to(kiosk.getPort())) {
            Page page = Chromium.open("about:blank", 1080, 1920);
            page.addInitScript(COUNT_PRINTS);
            page.navigate(network.base() + "/kiosk/?sp=" + site.code() + "&key=" + site.kioskKey());
            assertThat(button(page, "งาน A")).isVisible();

            network.silence();
            button(page, "งาน A").click();
            button(page, "ทั่วไป").click();
            assertThat(alertLines(page).first()).containsText("ติดต่อระบบไม่ได้", A_REQUEST_TIMEOUT);
            network.up();

            // the browser may first try the connection that died once more: a citizen taps again
            Locator number = ticketNumber(ticket(page, "บัตรคิว"));
            for (int attempt = 0; attempt < 3 && number.isHidden(); attempt++) {
                button(page, "ตกลง").click();
                button(page, "งาน A").click();
                button(page, "ทั่วไป").click();
                number.or(alert(page)).first().waitFor(new Locator.WaitForOptions().setTimeout(30000));
            }
            assertThat(number).hasText("A001");
            page.waitForFunction("() => window.__prints === 1");
            Chromium.close(page);
        }
    }

    @Test
    void refusalsAndANetworkDropAreShownInThaiAndEnglish() {
        Site site = fixtures.site().cappedService("A", 1).service("B").service("C").create();
        issue(site, "A");
        Page page = open(site, 1080, 1920, "");
        Locator error = alert(page);

        // the day's tickets are all taken (409)
        button(page, "งาน A").click();
        button(page, "ทั่วไป").click();
        assertThat(error).isVisible();
        assertThat(alertLines(page).first()).containsText("หมดแล้ว");
        assertThat(alertLines(page).nth(1)).containsText("tickets for Service A today are taken");
        Accessibility.assertNoViolations(page, "a refusal");
        Chromium.screenshot(page, "kiosk-error");
        button(page, "ตกลง").click();
        assertThat(error).isHidden();
        assertThat(button(page, "งาน A")).isVisible();

        // a service closed after the screen loaded
        fixtures.setServiceActive(site.services().get("B"), false);
        button(page, "งาน B").click();
        button(page, "ทั่วไป").click();
        assertThat(alertLines(page).first()).containsText("ปิดรับบัตรคิวชั่วคราว");
        assertThat(alertLines(page).nth(1)).containsText("not taking tickets");
        button(page, "ตกลง").click();
        assertThat(button(page, "งาน C")).isVisible();
        assertThat(button(page, "งาน B")).hasCount(0); // the list was read again

        // the network is down
        page.context().setOffline(true);
        button(page, "งาน C").click();
        button(page, "ทั่วไป").click();
        assertThat(alertLines(page).first()).containsText("ติดต่อระบบไม่ได้");
        assertThat(alertLines(page).nth(1)).containsText("cannot be reached");
        page.context().setOffline(false);
        assertEquals(0, page.evaluate("window.__prints"));

        // in English, English first
        button(page, "ตกลง").click();
        button(page, "English").click();
        button(page, "Service C").click();
        assertThat(button(page, "General")).hasText(Pattern.compile("^General"));
        button(page, "General").click();
        assertThat(ticketNumber(ticket(page, "Queue ticket"))).hasText("C001", SOON);
        Chromium.close(page);
    }

    /**
     * One citizen's English is not the next one's: the idle reset, the ticket's reset and a reload all come back in
     * Thai. In English a card keeps the Thai name, and the header the Thai place name.
     */
    @Test
    void everyCitizenStartsInThai() {
        Site site = fixtures.site().service("A", 5).counter(1, "A").create();
        Page page = open(site, 1080, 1920, "&idle=2&reset=2");
        assertThat(button(page, "งาน A")).isVisible();

        button(page, "English").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tap the service you need")))
                .isVisible();
        assertThat(button(page, "Service A")).containsText("งาน A");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("จุดบริการทดสอบ " + site.code());
        Accessibility.assertNoViolations(page, "the kiosk in English");
        // nobody touches it: back in Thai
        assertThat(button(page, "English")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10000));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("แตะเลือกงานบริการที่ต้องการ")))
                .isVisible();

        // an English citizen takes a ticket: the next one meets Thai
        button(page, "English").click();
        button(page, "Service A").click();
        button(page, "General").click();
        assertThat(ticketNumber(ticket(page, "Queue ticket"))).hasText("A001", SOON);
        assertThat(button(page, "English")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10000));
        assertThat(button(page, "งาน A")).containsText("รอ 1 คิว");

        // and a reload after English starts in Thai too
        button(page, "English").click();
        assertThat(button(page, "ภาษาไทย")).isVisible();
        page.reload();
        assertThat(button(page, "English")).isVisible();
        assertThat(button(page, "งาน A")).containsText("รอ 1 คิว");
        assertEquals("th", page.evaluate("document.documentElement.lang"));
        Chromium.close(page);
    }

    /** No counter of the service is open: no estimate, no "you are next", on the kiosk or on the phone. */
    @Test
    void aServiceWithNoOpenCounterSaysSoInsteadOfAnEstimate() {
        Site site = fixtures.site().service("A", 5).service("B", 5).counter(1, "A").counter(2, "B").create();
        Api.openCounter(site, 2);
        Page page = open(site, 1080, 1920, "");
        assertThat(button(page, "งาน A")).containsText("ยังไม่มีช่องบริการเปิด", SOON_CONTAINS);
        assertThat(button(page, "งาน A")).containsText("จะเรียกเมื่อช่องบริการเปิด");
        assertThat(button(page, "งาน A")).not().containsText("ประมาณ");
        assertThat(button(page, "งาน B")).not().containsText("ยังไม่มีช่องบริการเปิด");
        Accessibility.assertNoViolations(page, "a service with no open counter");

        button(page, "งาน A").click();
        button(page, "ทั่วไป").click();
        Locator ticket = ticket(page, "บัตรคิว");
        assertThat(ticketNumber(ticket)).hasText("A001", SOON);
        assertThat(fact(ticket, "รอก่อนหน้า")).containsText("ยังไม่มีช่องบริการเปิด");
        assertThat(ticket).not().containsText("ถัดไป");
        assertThat(ticket).not().containsText("next");
        Accessibility.assertNoViolations(page, "the kiosk's ticket"); // here: it stays 10 s, not the other test's 3
        String qr = trackingQr(ticket).getAttribute("src");
        String token = qr.substring(qr.indexOf("/tickets/") + 9, qr.indexOf("/qr.svg"));
        Chromium.close(page);

        Page phone = Chromium.open(kiosk.toString().replace("/kiosk/", "/ticket/?t=" + token), 360, 740);
        assertThat(phone.getByText("ยังไม่มีช่องบริการเปิด")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(10000));
        assertThat(phone.locator("body")).not().containsText("ถัดไป");
        Chromium.close(phone);
    }

    /**
     * Friday after closing (Bangkok): the kiosk gives the hours and the next opening in the Buddhist Era and offers no
     * service; where the agency allows it, it issues and says the ticket waits for a counter.
     */
    @Test
    void outsideOpeningHoursTheKioskExplainsOrIssuesWhereAllowed() {
        clock.set("2031-12-05T10:00:00Z");
        Site shut = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", false)
                .service("A", 5).create();
        Page page = open(shut, 1080, 1920, "");
        Locator notice = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("นอกเวลาทำการ"));
        assertThat(notice).containsText("เวลาทำการ จันทร์–ศุกร์ 08:30–16:30 น.", SOON_CONTAINS);
        assertThat(notice).containsText("เปิดรับบัตรคิวอีกครั้ง วันจันทร์ที่ 8 ธันวาคม 2574 เวลา 08:30 น.");
        assertThat(button(page, "งาน A")).hasCount(0);
        Accessibility.assertNoViolations(page, "the kiosk outside opening hours");
        Chromium.close(page);

        Site open = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", true)
                .service("A", 5).create();
        page = open(open, 1080, 1920, "");
        assertThat(page.getByText("ขณะนี้อยู่นอกเวลาทำการ (08:30–16:30 น.)")).isVisible();
        button(page, "งาน A").click();
        button(page, "ทั่วไป").click();
        assertThat(ticketNumber(ticket(page, "บัตรคิว"))).hasText("A001", SOON);
        Chromium.close(page);
    }

    /** The published steps and standard times read at arm's length, portrait and landscape, without scrolling. */
    @Test
    void stepsAndStandardTimesAreReadableAtArmsLength() {
        Fixtures.Builder builder = fixtures.site();
        for (String prefix : List.of("A", "B", "C", "D")) {
            builder.service(prefix, 5, 10, 15);
        }
        Site site = builder.create();
        Page page = open(site, 1080, 1920, "");
        Locator standard = button(page, "งาน D").getByText("3 ขั้นตอน · เวลามาตรฐาน 30 นาที");
        Locator step = button(page, "งาน D").getByText("3. ขั้นตอน 3");
        assertThat(step).isVisible();
        assertTrue(fontSize(standard) >= 30, "the standard time is at least 30 px: " + fontSize(standard));
        assertTrue(fontSize(step) >= 28, "a step is at least 28 px: " + fontSize(step));
        assertTrue((Boolean) page.evaluate("document.scrollingElement.scrollHeight <= innerHeight"),
                "four services with their steps fit the portrait screen");
        Locator last = button(page, "งาน D");
        assertTrue(last.boundingBox().y + last.boundingBox().height > 1920 / 2,
                "the services use the lower half of the screen");
        Accessibility.assertNoViolations(page, "services with their steps");

        page.setViewportSize(1366, 768);
        assertTrue(fontSize(standard) >= 30, "the standard time in landscape");
        assertTrue((Boolean) page.evaluate("document.scrollingElement.scrollHeight <= innerHeight"),
                "four services fit a landscape kiosk");
        Chromium.close(page);
    }

    private static double fontSize(Locator text) {
        return ((Number) text.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
    }
}
