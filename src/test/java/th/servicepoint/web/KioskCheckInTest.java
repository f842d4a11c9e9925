package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.web.KioskScreen.ticket;
import static th.servicepoint.web.ScreenParts.alertLines;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.fact;
import static th.servicepoint.web.ScreenParts.ticketNumber;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Appointments;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * Checking in at the kiosk as a citizen with a booking does: "มีนัดหมาย", then the QR under the scanner, which types
 * the booking's address and Enter into the field that has the focus. The ticket is shown and printed as any other; a
 * refusal says why in both languages, and a late one is offered a ticket without an appointment.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class KioskCheckInTest {

    private static final String COUNT_PRINTS = "window.__prints = 0; window.print = () => { window.__prints += 1; };";
    /** Monday 09:00 in Bangkok. */
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @TestHTTPResource("/kiosk/")
    URL kiosk;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").service("B").counter(1, "A", "B").create();
        Appointments.bookable(site.services().get("A"), 30, 0, 7);
        clock.set(NOW);
    }

    private Page open() {
        Page page = Chromium.open("about:blank", 1080, 1920);
        page.addInitScript(COUNT_PRINTS);
        page.navigate(kiosk + "?sp=" + site.code() + "&key=" + site.kioskKey() + "&reset=30");
        return page;
    }

    /** The check-in field, after the entry on the start screen; it has the focus, as a keyboard scanner needs. */
    private static Locator checkInField(Page page) {
        button(page, "มีนัดหมาย").click();
        Locator field = page.getByLabel("รหัสนัดหมาย");
        assertThat(field).isFocused();
        return field;
    }

    /** What a keyboard-like QR scanner does: types what the QR holds, then Enter. */
    private static void scan(Page page, JsonPath appointment) {
        page.keyboard().type(appointment.getString("pageUrl"));
        page.keyboard().press("Enter");
    }

    @Test
    void aScannedAppointmentGetsItsTicketPrintedAsAnyOther() {
        JsonPath appointment = Appointments.book(site, "A", NOW.plus(Duration.ofMinutes(30)));
        Page page = open();
        assertThat(button(page, "มีนัดหมาย")).containsText("I have an appointment");
        Accessibility.assertNoViolations(page, "the kiosk with the appointment entry");
        checkInField(page);
        Accessibility.assertNoViolations(page, "the check-in step");
        Chromium.screenshot(page, "kiosk-check-in");
        scan(page, appointment);

        Locator ticket = ticket(page, "บัตรคิว");
        assertThat(ticketNumber(ticket)).hasText("A001");
        assertThat(fact(ticket, "ออกบัตร")).containsText("2569");
        page.waitForFunction("() => window.__prints === 1");
        assertEquals("CHECKED_IN", Appointments.status(appointment.getString("code")));

        // the same QR again: the kiosk says it has its ticket, and issues nothing
        button(page, "เสร็จสิ้น").click();
        checkInField(page);
        scan(page, appointment);
        assertThat(alertLines(page).first()).containsText("รับบัตรคิวไปแล้ว");
        assertThat(alertLines(page).nth(1)).containsText("already checked in");
        assertThat(page.getByLabel("รหัสนัดหมาย")).isFocused();
        assertThat(page.getByLabel("รหัสนัดหมาย")).isEmpty();
        assertEquals(1, page.evaluate("window.__prints"));
        Chromium.close(page);
    }

    @Test
    void tooEarlySaysWhenAndTooLateOffersATicketWithoutTheAppointment() {
        JsonPath tomorrow = Appointments.book(site, "A", NOW.plus(Duration.ofDays(1)));
        JsonPath today = Appointments.book(site, "A", NOW.plus(Duration.ofMinutes(30)));
        Page page = open();
        Locator field = checkInField(page);
        // typed by hand, loosely: lower case, the dashes left out
        field.fill(tomorrow.getString("code").replace("-", "").toLowerCase());
        field.press("Enter");
        assertThat(alertLines(page).first()).containsText("กรุณากลับมาอีกครั้ง");
        assertThat(alertLines(page).first()).containsText("08:30 น.");
        assertThat(alertLines(page).nth(1)).containsText("please come back");
        assertEquals(0, button(page, "กดบัตรคิวแบบไม่มีนัดหมาย").count(), "early is no reason for a walk-in ticket");

        clock.set(NOW.plus(Duration.ofMinutes(50))); // 20 minutes past the 09:30 appointment
        scan(page, today);
        assertThat(alertLines(page).first()).containsText("เลยเวลานัดหมาย");
        assertThat(alertLines(page).nth(1)).containsText("take a ticket without one");
        Accessibility.assertNoViolations(page, "a late appointment");
        button(page, "กดบัตรคิวแบบไม่มีนัดหมาย").click();
        assertThat(button(page, "งาน A")).isVisible();
        assertEquals(0, page.evaluate("window.__prints"));
        Chromium.close(page);
    }
}
