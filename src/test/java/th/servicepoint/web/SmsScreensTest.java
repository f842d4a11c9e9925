package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.web.KioskScreen.ticket;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.ticketNumber;
import static th.servicepoint.web.TicketScreen.number;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.Site;
import th.servicepoint.support.SmsGatewayStandIn;
import th.servicepoint.support.SmsGatewayStandIn.Received;

/**
 * SMS on the screens, with a gateway stand-in: a citizen types their number into the ticket page's labelled field, or
 * taps it on the kiosk's number pad after the ticket printed, and is texted; a wrong number is explained; an abandoned
 * pad goes back to the start and forgets the digits.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
class SmsScreensTest {

    private static final String COUNT_PRINTS = "window.__prints = 0; window.print = () => { window.__prints += 1; };";
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(10000);

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/ticket/")
    URL ticketPage;
    @TestHTTPResource("/kiosk/")
    URL kiosk;
    @TestHTTPResource("/book/")
    URL bookPage;

    Site site;

    @BeforeEach
    void site() {
        SmsGatewayStandIn.gateway().reset();
        site = fixtures.site().service("A", 5).counter(1, "A").create();
        openCounter(site, 1);
    }

    static String someMobile() {
        return "08" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static Locator phoneField(Page page) {
        return page.getByLabel("หมายเลขโทรศัพท์มือถือ");
    }

    @Test
    void aCitizenTypesTheirNumberOnTheTicketPageAndIsTexted() {
        issue(site, "A");
        JsonPath mine = issue(site, "A");
        Page page = Chromium.open(ticketPage + "?t=" + mine.getString("trackingToken"), 360, 740);
        assertThat(number(page)).hasText(mine.getString("number"));
        Locator form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("รับ SMS แจ้งเตือน"));
        assertThat(form).isVisible(SOON);
        assertThat(form).containsText("เมื่อใกล้ถึงคิว และเมื่อถึงคิว");
        Locator field = phoneField(page);
        assertEquals("tel", field.getAttribute("type"));
        assertEquals("tel", field.getAttribute("inputmode"));
        assertEquals("tel", field.getAttribute("autocomplete"));
        Accessibility.assertNoViolations(page, "the ticket page's SMS form");

        field.fill("02 123 4567");
        button(page, "ส่ง SMS มาที่เบอร์นี้").click();
        assertThat(form.getByRole(AriaRole.ALERT)).containsText("06 08 หรือ 09");
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertEquals("02 123 4567", field.inputValue(), "what was typed stays, to correct");
        Accessibility.assertNoViolations(page, "the SMS form refusing a landline");

        String mobile = someMobile();
        field.fill(mobile.substring(0, 3) + " " + mobile.substring(3, 6) + " " + mobile.substring(6));
        button(page, "ส่ง SMS มาที่เบอร์นี้").click();
        assertThat(form).containsText("จะส่ง SMS ไปที่ 0••-•••-•" + mobile.substring(7));
        assertFalse(field.isVisible(), "the form gives way to the number it texts");
        // one ahead: the turn is near, so the first text comes at once
        List<Received> texts = SmsGatewayStandIn.gateway().await(1,
                got -> got.pathAndQuery().startsWith("/send?to=" + mobile + "&"), Duration.ofSeconds(15));
        assertEquals(1, texts.size(), "the call-ahead reached the gateway");
        Chromium.screenshot(page, "ticket-sms");

        button(page, "English").click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Text me"))).isVisible();
        button(page, "Stop texts").click();
        assertThat(page.getByLabel("Mobile number")).isVisible();
        assertThat(page.getByText("No more texts")).isVisible();
        Chromium.close(page);
    }

    /** On a 360 px phone at twice the text size the form fits the width and breaks no Thai word. */
    /** Here both SMS and e-mail carry reminders (BookPageTest has e-mail alone): the field takes either. */
    @Test
    void theBookingPageAsksForANumberOrAnAddressWhereBothAreReminded() {
        Page page = Chromium.open(bookPage + "?sp=" + site.code(), 360, 740);
        assertThat(page.getByLabel("เบอร์โทรศัพท์มือถือหรืออีเมล (ไม่บังคับ)")).hasAttribute("type", "text");
        Chromium.close(page);
    }

    @Test
    void theFormFitsAPhoneAtTwiceTheTextSize() {
        JsonPath mine = issue(site, "A");
        Page page = Chromium.open("about:blank", 360, 740);
        LargeText.on(page);
        page.navigate(ticketPage + "?t=" + mine.getString("trackingToken"));
        assertThat(phoneField(page)).isVisible(SOON);
        assertEquals(0.0, LargeText.sidewaysOverflow(page), "nothing wider than the phone");
        WordBreaks.assertNone(page, "the SMS form at 200 %");
        Accessibility.assertNoViolations(page, "the SMS form at 200 %");
        Chromium.close(page);
    }

    @Test
    void afterTheTicketPrintsTheKioskTakesANumberOnItsPad() {
        Page page = Chromium.open("about:blank", 1080, 1920);
        page.addInitScript(COUNT_PRINTS);
        page.navigate(kiosk + "?sp=" + site.code() + "&key=" + site.kioskKey() + "&reset=5&idle=30");
        button(page, "งาน A").click();
        button(page, "ทั่วไป").click();
        Locator printed = ticket(page, "บัตรคิว");
        assertThat(ticketNumber(printed)).isVisible(SOON);
        String number = ticketNumber(printed).textContent();
        Locator offer = button(page, "รับ SMS แจ้งเตือนเมื่อใกล้ถึงคิว");
        assertThat(offer).isVisible(SOON);
        offer.click();

        Locator field = phoneField(page);
        assertThat(field).isVisible();
        Locator send = button(page, "ส่ง SMS มาที่เบอร์นี้");
        assertTrue(send.isDisabled(), "nothing to send before ten digits");
        String mobile = someMobile();
        for (char digit : (mobile.substring(0, 9) + "9").toCharArray()) {
            exactButton(page, String.valueOf(digit)).click();
        }
        button(page, "ลบ").click();
        exactButton(page, mobile.substring(9)).click();
        assertEquals(mobile.substring(0, 3) + " " + mobile.substring(3, 6) + " " + mobile.substring(6),
                field.inputValue());
        Accessibility.assertNoViolations(page, "the kiosk's number pad");
        Chromium.screenshot(page, "kiosk-sms");
        send.click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("จะส่ง SMS ไปที่ 0••-•••-•" + mobile.substring(7));
        List<Received> texts = SmsGatewayStandIn.gateway().await(1,
                got -> got.pathAndQuery().startsWith("/send?to=" + mobile + "&"), Duration.ofSeconds(15));
        assertEquals(1, texts.size(), "the kiosk's ticket, alone in the queue, is texted that its turn is near");
        assertTrue(texts.get(0).body().contains(number), texts.get(0).body());
        // back to the start by itself, for the next citizen
        assertThat(button(page, "งาน A")).isVisible(SOON);
        assertEquals(1, page.evaluate("window.__prints"), "the pad printed nothing");
        Chromium.close(page);
    }

    @Test
    void anAbandonedPadGoesBackToTheStartAndForgetsTheDigits() {
        Page page = Chromium.open("about:blank", 1080, 1920);
        page.addInitScript(COUNT_PRINTS);
        page.navigate(kiosk + "?sp=" + site.code() + "&key=" + site.kioskKey() + "&reset=5&idle=2");
        button(page, "งาน A").click();
        button(page, "ทั่วไป").click();
        button(page, "รับ SMS แจ้งเตือนเมื่อใกล้ถึงคิว").click();
        exactButton(page, "0").click();
        exactButton(page, "8").click();
        assertEquals("08", phoneField(page).inputValue());
        assertThat(button(page, "งาน A")).isVisible(SOON);
        assertFalse(phoneField(page).isVisible());
        assertEquals("", phoneField(page).inputValue(), "the next citizen sees no digit of the last one");

        button(page, "งาน A").click();
        button(page, "ทั่วไป").click();
        button(page, "รับ SMS แจ้งเตือนเมื่อใกล้ถึงคิว").click();
        button(page, "ไม่รับ SMS").click();
        assertThat(button(page, "งาน A")).isVisible(SOON);
        Chromium.close(page);
    }
}
