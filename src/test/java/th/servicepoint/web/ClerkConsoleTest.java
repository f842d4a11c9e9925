package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.web.ClerkConsole.atTheCounter;
import static th.servicepoint.web.ClerkConsole.booking;
import static th.servicepoint.web.ClerkConsole.bookingAnswer;
import static th.servicepoint.web.ClerkConsole.bookingRows;
import static th.servicepoint.web.ClerkConsole.bookingsPanel;
import static th.servicepoint.web.ClerkConsole.checkInCode;
import static th.servicepoint.web.ClerkConsole.connection;
import static th.servicepoint.web.ClerkConsole.counterChoice;
import static th.servicepoint.web.ClerkConsole.counterChoiceForm;
import static th.servicepoint.web.ClerkConsole.currentStatus;
import static th.servicepoint.web.ClerkConsole.currentTicket;
import static th.servicepoint.web.ClerkConsole.errorLine;
import static th.servicepoint.web.ClerkConsole.noShows;
import static th.servicepoint.web.ClerkConsole.signInForm;
import static th.servicepoint.web.ClerkConsole.surveySent;
import static th.servicepoint.web.ClerkConsole.waitingColumns;
import static th.servicepoint.web.ClerkConsole.waitingList;
import static th.servicepoint.web.ClerkConsole.waitingNumbers;
import static th.servicepoint.web.ClerkConsole.waitingRow;
import static th.servicepoint.web.ClerkConsole.waitingRows;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.signIn;
import static th.servicepoint.web.ScreenParts.smallTargets;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Appointments;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** The clerk console in a real browser: sign in, open a counter, call and serve with buttons and keys. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ClerkConsoleTest {

    /** Monday 4 March 2030, 09:05 in Bangkok. */
    private static final Instant NINE_OH_FIVE = Instant.parse("2030-03-04T02:05:00Z");
    private static final Instant NINE_THIRTY = Instant.parse("2030-03-04T02:30:00Z");
    private static final Instant TEN = Instant.parse("2030-03-04T03:00:00Z");

    /**
     * A few of the console's request timeouts (10 s each) and the polls between them: after a silent drop the browser
     * may first reuse connections that died in it, each given up only at its timeout.
     */
    private static final HasAttributeOptions A_FEW_REQUEST_TIMEOUTS = new HasAttributeOptions().setTimeout(60000);

    /** The labels that are a part of others' (บัตรคิว of บัตรคิวที่ช่อง): matched whole. */
    private static final GetByLabelOptions EXACT = new GetByLabelOptions().setExact(true);
    private static final Locator.GetByLabelOptions EXACT_IN_FORM = new Locator.GetByLabelOptions().setExact(true);

    @TestHTTPResource("/clerk/")
    URL clerk;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void clerkCallsStartsAndCompletesWithButtonsAndKeys() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "B").create();
        long a1 = issue(site, "A", "NORMAL").getLong("id");
        issue(site, "A", "NORMAL"); // A002
        issue(site, "B", "NORMAL"); // B001: another counter's
        long a3 = issue(site, "A", "ELDERLY").getLong("id");
        issue(site, "A", "NORMAL"); // A004
        issue(site, "A", "NORMAL"); // A005

        Page page = open(site, "?counter=" + site.counter(1));
        // the sign-in and then the counter choice: each a form named by its heading, in the page's main part
        assertThat(signInForm(page).getByLabel("ชื่อผู้ใช้", EXACT_IN_FORM)).isVisible();
        assertEquals(List.of(), smallTargets(page, 48));
        Accessibility.assertNoViolations(page, "the clerk's sign-in");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        assertThat(counterChoice(page)).hasValue(String.valueOf(site.counter(1)));
        assertThat(counterChoiceForm(page).getByRole(AriaRole.COMBOBOX)).hasValue(String.valueOf(site.counter(1)));
        assertEquals(List.of(), smallTargets(page, 48));
        Accessibility.assertNoViolations(page, "the counter choice");
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();

        // the counter's queue in calling order: no priority call yet, so the elderly ticket first
        assertThat(waitingRows(page)).hasCount(5);
        assertEquals(List.of("A003", "A001", "A002", "A004", "A005"), waitingNumbers(page));
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        // every column is headed, the one of the rows' call buttons too (for screen readers only)
        assertEquals(List.of("ลำดับ", "หมายเลข", "งาน", "กลุ่ม", "ออกบัตร", "รอ (นาที)", "การทำงาน"),
                waitingColumns(page).allTextContents().stream().map(String::strip).toList());
        assertThat(waitingList(page).getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions()
                .setName("การทำงาน").setExact(true))).hasCount(1);
        Accessibility.assertNoViolations(page, "the console with nobody at the counter");
        assertThat(button(page, "เริ่มให้บริการ")).isDisabled();
        assertThat(button(page, "จบการให้บริการ")).isDisabled();

        button(page, "เรียกคิวถัดไป").click();
        assertThat(currentTicket(page)).hasText("A003");
        assertThat(currentStatus(page, "กำลังเรียก")).isVisible();
        assertThat(button(page, "เรียกคิวถัดไป")).isDisabled();
        assertThat(button(page, "จบการให้บริการ")).isDisabled();
        assertThat(button(page, "เริ่มให้บริการ")).isEnabled();
        assertThat(waitingRows(page)).hasCount(4);
        assertEquals("CALLED", fixtures.statusOf(a3));
        Accessibility.assertNoViolations(page, "the console with a ticket called");
        Chromium.screenshot(page, "clerk");

        button(page, "เริ่มให้บริการ").click();
        assertThat(currentStatus(page, "กำลังให้บริการ")).isVisible();
        assertThat(button(page, "เรียกซ้ำ")).isDisabled();
        button(page, "จบการให้บริการ").click();
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        assertEquals("DONE", fixtures.statusOf(a3));
        // the clerk learns that the survey went to the counter screen; its link is the citizen's alone
        Locator survey = surveySent(page);
        assertThat(survey).isVisible();
        assertThat(survey).containsText("A003");
        assertEquals(0, page.locator("a[href*='survey'], img[src*='survey']").count());
        assertFalse(page.content().contains("/survey/?t="), "no survey link anywhere in the console");
        Accessibility.assertNoViolations(page, "the console after a completion");

        // the same with the keyboard: N call next, S start, C complete
        page.keyboard().press("n");
        assertThat(currentTicket(page)).hasText("A001");
        assertThat(survey).isHidden();
        assertEquals("CALLED", fixtures.statusOf(a1));
        page.keyboard().press("s");
        assertThat(currentStatus(page, "กำลังให้บริการ")).isVisible();
        assertEquals("SERVING", fixtures.statusOf(a1));
        page.keyboard().press("c");
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        assertEquals("DONE", fixtures.statusOf(a1));
        assertThat(survey).isVisible();

        page.keyboard().press("n");
        assertThat(currentTicket(page)).hasText("A002");
        assertThat(waitingRows(page)).hasCount(2);
        // no-show, then back in the queue from the no-show list
        page.keyboard().press("x");
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        // every button, the rows' and the no-shows' too, is a target of at least 48 × 48 px
        assertThat(button(noShows(page), "นำกลับเข้าคิว A002")).isVisible();
        assertThat(button(waitingList(page), "เรียกคิวที่ระบุ A004")).isVisible();
        assertEquals(List.of(), smallTargets(page, 48));
        button(noShows(page), "นำกลับเข้าคิว A002").click();
        assertThat(waitingRows(page)).hasCount(3);
        assertEquals(List.of("A002", "A004", "A005"), waitingNumbers(page));
        Accessibility.assertNoViolations(page, "the console after a no-show put back");
        Chromium.close(page);
    }

    @Test
    void transferCancelAndPause() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "B").create();
        JsonPath first = issue(site, "A", "NORMAL");
        long a1 = first.getLong("id");
        long a2 = issue(site, "A", "NORMAL").getLong("id");
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        button(page, "เรียกคิวถัดไป").click();
        assertThat(currentTicket(page)).hasText("A001");

        page.keyboard().press("t");
        assertThat(page.getByLabel("โอนไปงาน", EXACT)).hasValue("B");
        Accessibility.assertNoViolations(page, "the transfer form");
        button(page, "ยืนยัน").click();
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        assertEquals("WAITING", fixtures.statusOf(a1));
        assertEquals("B", publicStatus(first.getString("trackingToken")).getString("service"));

        button(page, "เรียกคิวถัดไป").click();
        assertThat(currentTicket(page)).hasText("A002");
        page.keyboard().press("d");
        page.getByLabel("เหตุผล").fill("ผู้รับบริการขอยกเลิก");
        button(page, "ยืนยัน").click();
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        assertEquals("CANCELLED", fixtures.statusOf(a2));
        assertEquals("ผู้รับบริการขอยกเลิก", fixtures.auditOf(a2).stream().filter(e -> e.action.equals("CANCEL"))
                .findFirst().orElseThrow().reason);

        page.keyboard().press("p");
        assertThat(exactButton(page, "เปิดให้บริการ")).isEnabled();
        assertThat(button(page, "เรียกคิวถัดไป")).isDisabled();
        Accessibility.assertNoViolations(page, "the console of a paused counter");
        exactButton(page, "เปิดให้บริการ").click();
        assertThat(button(page, "เรียกคิวถัดไป")).isEnabled();
        Chromium.close(page);
    }

    @Test
    void callingAParticularTicketNeedsAReason() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A", "NORMAL"); // A001
        long a2 = issue(site, "A", "NORMAL").getLong("id");
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        assertThat(waitingRows(page)).hasCount(2);

        button(waitingList(page), "เรียกคิวที่ระบุ A002").click();
        assertThat(page.getByLabel("บัตรคิว", EXACT)).hasValue(String.valueOf(a2));
        // typing in the reason field is not a shortcut
        page.getByLabel("เหตุผล").press("n");
        assertThat(page.getByLabel("เหตุผล")).hasValue("n");
        page.getByLabel("เหตุผล").fill("");
        assertThat(currentStatus(page, "ว่าง")).isVisible();

        button(page, "ยืนยัน").click();
        assertThat(errorLine(page)).containsText("กรุณาระบุเหตุผล");
        assertEquals("WAITING", fixtures.statusOf(a2));
        Accessibility.assertNoViolations(page, "the out-of-turn call refused for want of a reason");

        page.getByLabel("เหตุผล").fill("ผู้รับบริการนัดหมายไว้ล่วงหน้า");
        button(page, "ยืนยัน").click();
        assertThat(currentTicket(page)).hasText("A002");
        assertThat(errorLine(page)).isEmpty();
        AuditEntry call = fixtures.auditOf(a2).stream().filter(e -> e.action.equals("CALL_OUT_OF_ORDER")).findFirst()
                .orElseThrow();
        assertEquals("ผู้รับบริการนัดหมายไว้ล่วงหน้า", call.reason);
        assertEquals(List.of("A001"), waitingNumbers(page));
        Chromium.close(page);
    }

    @Test
    void aConflictIsShownWithTheApiThaiMessage() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        long a1 = issue(site, "A", "NORMAL").getLong("id");
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        button(page, "เรียกคิวถัดไป").click();
        assertThat(currentStatus(page, "กำลังเรียก")).isVisible();
        // meanwhile the ticket was served from another window: the console still shows it called
        act(site, 1, a1, "start").statusCode(200);
        act(site, 1, a1, "complete").statusCode(200);
        button(page, "เริ่มให้บริการ").click();
        assertThat(errorLine(page)).containsText("บัตรคิว A001 อยู่ในสถานะ");
        // and the console catches up with what happened
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        Chromium.close(page);
    }

    @Test
    void wrongPasswordIsRefusedAndAThaiPasswordWorks() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String username = site.code() + "-thai";
        String password = "รหัสผ่านภาษาไทย๑";
        admin().body(Map.of("username", username, "password", password, "displayName", "สมหญิง ใจดี", "roles",
                List.of("CLERK"))).post("/api/v1/admin/users").then().statusCode(201);
        Page page = open(site, "");
        signIn(page, username, "รหัสผิด");
        assertThat(errorLine(page)).hasText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณาลองใหม่");
        assertThat(counterChoice(page)).isHidden();
        Accessibility.assertNoViolations(page, "a wrong password");

        signIn(page, username, password);
        assertThat(counterChoice(page)).isVisible();
        assertThat(errorLine(page)).isEmpty();
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        assertThat(button(page, "เรียกคิวถัดไป")).isVisible();
        // a reload keeps the session and the counter (sessionStorage)
        page.reload();
        assertThat(button(page, "เรียกคิวถัดไป")).isVisible();
        assertThat(currentStatus(page, "ว่าง")).isVisible();
        Chromium.close(page);
    }

    @Test
    void showsOfflineAtOnceWhenTheNetworkDropsAndCarriesOnWhenItIsBack() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A", "NORMAL"); // A001
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        assertThat(waitingRows(page)).hasCount(1); // the console has read its queue

        page.context().setOffline(true);
        assertThat(connection(page)).hasAttribute("data-state", "offline");
        assertThat(connection(page)).hasText("ออฟไลน์ · กำลังลองใหม่");
        Accessibility.assertNoViolations(page, "the console offline");
        issue(site, "A", "NORMAL"); // A002, while the clerk is offline
        page.context().setOffline(false);

        assertThat(connection(page)).hasAttribute("data-state", "live");
        assertThat(connection(page)).hasText("เชื่อมต่อแล้ว");
        assertThat(waitingRows(page)).hasCount(2);
        button(page, "เรียกคิวถัดไป").click();
        assertThat(currentTicket(page)).hasText("A001");
        assertEquals(List.of("A002"), waitingNumbers(page));
        Chromium.close(page);
    }

    @Test
    void theCounterChoiceIsLiveAgainWhenTheNetworkIsBack() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        assertThat(counterChoice(page)).hasValue(String.valueOf(site.counter(1)));

        page.context().setOffline(true);
        assertThat(connection(page)).hasAttribute("data-state", "offline");
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        assertThat(errorLine(page)).containsText("ติดต่อระบบไม่ได้");
        page.context().setOffline(false);

        assertThat(connection(page)).hasAttribute("data-state", "live");
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        // the counter's state is the description of its heading
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ช่อง 1 ·")))
                .hasAccessibleDescription("เปิดให้บริการ");
        assertThat(button(page, "เรียกคิวถัดไป")).isEnabled();
        Chromium.close(page);
    }

    /**
     * Wi-Fi gone without the browser noticing: no offline event, the requests under way get no answer, ever. The
     * console gives up on them, shows offline, and carries on when the network is back.
     */
    @Test
    void aSilentDropIsNoticedAndTheConsoleCarriesOnAfterIt() throws Exception {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A", "NORMAL"); // A001
        try (NetworkCut network = NetworkCut.to(clerk.getPort())) {
            Page page = Chromium.open(network.base() + "/clerk/?sp=" + site.code(), 1366, 768);
            signIn(page, site.clerk(1), Fixtures.PASSWORD);
            button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
            assertThat(waitingRows(page)).hasCount(1);
            assertThat(connection(page)).hasAttribute("data-state", "live");

            network.silence();
            assertThat(connection(page)).hasAttribute("data-state", "offline", A_FEW_REQUEST_TIMEOUTS);
            issue(site, "A", "NORMAL"); // A002, while the clerk is cut off
            network.up();

            assertThat(connection(page)).hasAttribute("data-state", "live", A_FEW_REQUEST_TIMEOUTS);
            assertThat(waitingRows(page)).hasCount(2);
            button(page, "เรียกคิวถัดไป").click();
            assertThat(currentTicket(page)).hasText("A001");
            assertEquals(List.of("A002"), waitingNumbers(page));
            Chromium.close(page);
        }
    }

    @Test
    void theDaysAppointmentsCheckInAtTheCounterAndANoShow() {
        clock.set(NINE_OH_FIVE);
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "B").create();
        Appointments.bookable(site.services().get("A"), 30, 0);
        Appointments.bookable(site.services().get("B"), 30, 0);
        String early = Appointments.booked(site, "A", NINE_THIRTY);
        String missed = Appointments.booked(site, "A", TEN);
        Appointments.booked(site, "B", NINE_THIRTY); // another counter's
        issue(site, "A", "NORMAL"); // A001, a walk-in
        Page page = open(site, "");
        page.clock().setFixedTime(NINE_OH_FIVE.toEpochMilli()); // the browser's today is the server's
        page.reload();
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();

        // the counter's services only, in slot order, and no no-show before a slot has begun
        assertThat(bookingRows(page)).hasCount(2);
        assertThat(bookingRows(page).first()).containsText("09:30–10:00");
        assertThat(booking(page, "10:00–10:30")).containsText(missed.substring(missed.length() - 4));
        assertThat(booking(page, "10:00–10:30")).containsText("รอมาตามนัด");
        assertThat(button(bookingsPanel(page), "ไม่มาตามนัด")).hasCount(0);
        assertEquals(List.of(), smallTargets(page, 48));
        Accessibility.assertNoViolations(page, "the console with today's appointments");

        // a check-in at the counter, by the code as the citizen reads it out
        checkInCode(page).fill(early.toLowerCase());
        button(page, "รับเข้าคิวตามนัด").click();
        assertThat(bookingAnswer(page)).hasText("รับเข้าคิวแล้ว: บัตรคิว A002 งาน A");
        assertThat(checkInCode(page)).isEmpty();
        assertThat(checkInCode(page)).isFocused();
        assertThat(booking(page, "09:30–10:00")).containsText("มาแล้ว · บัตรคิว A002");
        assertThat(waitingRow(page, "A002")).containsText("นัดหมาย 09:30");
        assertThat(waitingRow(page, "A001")).not().containsText("นัดหมาย");
        // the same code twice: the server's reason, beside the form
        checkInCode(page).fill(early);
        checkInCode(page).press("Enter");
        assertThat(bookingAnswer(page)).containsText("ยืนยันการมาถึงและรับบัตรคิวไปแล้ว");
        assertThat(errorLine(page)).isEmpty();
        Accessibility.assertNoViolations(page, "a check-in refused");

        // once its slot has begun the appointment is called ahead of the walk-in, and the desk says why
        clock.set(NINE_THIRTY.plusSeconds(60));
        button(page, "เรียกคิวถัดไป").click();
        assertThat(currentTicket(page)).hasText("A002");
        assertThat(atTheCounter(page)).containsText("นัดหมาย 09:30");

        // 10:05: the 10:00 slot has begun, but the citizen may still check in; 10:16: the grace is over
        page.clock().setFixedTime(TEN.plus(Duration.ofMinutes(5)).toEpochMilli());
        clock.set(TEN.plus(Duration.ofMinutes(5)));
        Locator noShow = button(booking(page, "10:00–10:30"), "ไม่มาตามนัด");
        noShow.click();
        assertThat(bookingAnswer(page)).containsText("ยังอยู่ในช่วงเวลาที่ผู้มีนัดหมายมายืนยันได้");
        assertThat(booking(page, "10:00–10:30")).containsText("รอมาตามนัด");
        clock.set(TEN.plus(Duration.ofMinutes(16)));
        noShow.click();
        assertThat(bookingAnswer(page)).containsText("บันทึกว่าไม่มาตามนัดแล้ว");
        assertThat(booking(page, "10:00–10:30")).containsText("ไม่มาตามนัด");
        assertThat(noShow).hasCount(0);
        Chromium.close(page);
    }

    private Page open(Site site, String query) {
        String url = clerk + "?sp=" + site.code() + (query.isEmpty() ? "" : "&" + query.substring(1));
        return Chromium.open(url, 1366, 768);
    }
}
