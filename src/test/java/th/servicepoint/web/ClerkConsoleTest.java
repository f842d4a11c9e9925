package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.publicStatus;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The clerk console in a real browser: sign in, open a counter, call and serve with buttons and keys. */
@QuarkusTest
class ClerkConsoleTest {

    /**
     * A few of the console's request timeouts (10 s each) and the polls between them: after a silent drop the browser
     * may first reuse connections that died in it, each given up only at its timeout.
     */
    private static final HasAttributeOptions A_FEW_REQUEST_TIMEOUTS = new HasAttributeOptions().setTimeout(60000);

    @TestHTTPResource("/clerk/")
    URL clerk;

    @Inject
    Fixtures fixtures;

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
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        assertThat(page.getByTestId("counter-select")).hasValue(String.valueOf(site.counter(1)));
        page.getByTestId("counter-open").click();

        // the counter's queue in calling order: no priority call yet, so the elderly ticket first
        assertThat(waitingRows(page)).hasCount(5);
        assertEquals(List.of("A003", "A001", "A002", "A004", "A005"), waitingNumbers(page));
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        assertThat(page.getByTestId("action-start")).isDisabled();
        assertThat(page.getByTestId("action-complete")).isDisabled();

        page.getByTestId("action-call-next").click();
        assertThat(page.getByTestId("current-ticket")).hasText("A003");
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "CALLED");
        assertThat(page.getByTestId("action-call-next")).isDisabled();
        assertThat(page.getByTestId("action-complete")).isDisabled();
        assertThat(page.getByTestId("action-start")).isEnabled();
        assertThat(waitingRows(page)).hasCount(4);
        assertEquals("CALLED", fixtures.statusOf(a3));
        Chromium.screenshot(page, "clerk");

        page.getByTestId("action-start").click();
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "SERVING");
        assertThat(page.getByTestId("action-recall")).isDisabled();
        page.getByTestId("action-complete").click();
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        assertEquals("DONE", fixtures.statusOf(a3));
        // the clerk learns that the survey went to the counter screen; its link is the citizen's alone
        Locator survey = page.getByTestId("survey-sent");
        assertThat(survey).isVisible();
        assertThat(survey).containsText("A003");
        assertEquals(0, page.locator("a[href*='survey'], img[src*='survey']").count());
        assertFalse(page.content().contains("/survey/?t="), "no survey link anywhere in the console");

        // the same with the keyboard: N call next, S start, C complete
        page.keyboard().press("n");
        assertThat(page.getByTestId("current-ticket")).hasText("A001");
        assertThat(survey).isHidden();
        assertEquals("CALLED", fixtures.statusOf(a1));
        page.keyboard().press("s");
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "SERVING");
        assertEquals("SERVING", fixtures.statusOf(a1));
        page.keyboard().press("c");
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        assertEquals("DONE", fixtures.statusOf(a1));
        assertThat(survey).isVisible();

        page.keyboard().press("n");
        assertThat(page.getByTestId("current-ticket")).hasText("A002");
        assertThat(waitingRows(page)).hasCount(2);
        // no-show, then back in the queue from the no-show list
        page.keyboard().press("x");
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        page.locator("#no-show-list [data-ticket-number='A002'] [data-testid='action-reactivate']").click();
        assertThat(waitingRows(page)).hasCount(3);
        assertEquals(List.of("A002", "A004", "A005"), waitingNumbers(page));
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
        page.getByTestId("counter-open").click();
        page.getByTestId("action-call-next").click();
        assertThat(page.getByTestId("current-ticket")).hasText("A001");

        page.keyboard().press("t");
        assertThat(page.getByTestId("form-service")).hasValue("B");
        page.getByTestId("form-submit").click();
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        assertEquals("WAITING", fixtures.statusOf(a1));
        assertEquals("B", publicStatus(first.getString("trackingToken")).getString("service"));

        page.getByTestId("action-call-next").click();
        assertThat(page.getByTestId("current-ticket")).hasText("A002");
        page.keyboard().press("d");
        page.getByTestId("form-reason").fill("ผู้รับบริการขอยกเลิก");
        page.getByTestId("form-submit").click();
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        assertEquals("CANCELLED", fixtures.statusOf(a2));
        assertEquals("ผู้รับบริการขอยกเลิก", fixtures.auditOf(a2).stream().filter(e -> e.action.equals("CANCEL"))
                .findFirst().orElseThrow().reason);

        page.keyboard().press("p");
        assertThat(page.getByTestId("counter-resume")).isEnabled();
        assertThat(page.getByTestId("action-call-next")).isDisabled();
        page.getByTestId("counter-resume").click();
        assertThat(page.getByTestId("action-call-next")).isEnabled();
        Chromium.close(page);
    }

    @Test
    void callingAParticularTicketNeedsAReason() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A", "NORMAL"); // A001
        long a2 = issue(site, "A", "NORMAL").getLong("id");
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        page.getByTestId("counter-open").click();
        assertThat(waitingRows(page)).hasCount(2);

        page.locator("[data-testid='waiting-list'] tr[data-ticket-number='A002'] [data-testid='call-row']").click();
        assertThat(page.getByTestId("form-ticket")).hasValue(String.valueOf(a2));
        // typing in the reason field is not a shortcut
        page.getByTestId("form-reason").press("n");
        assertThat(page.getByTestId("form-reason")).hasValue("n");
        page.getByTestId("form-reason").fill("");
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");

        page.getByTestId("form-submit").click();
        assertThat(page.getByTestId("clerk-error")).containsText("กรุณาระบุเหตุผล");
        assertEquals("WAITING", fixtures.statusOf(a2));

        page.getByTestId("form-reason").fill("ผู้รับบริการนัดหมายไว้ล่วงหน้า");
        page.getByTestId("form-submit").click();
        assertThat(page.getByTestId("current-ticket")).hasText("A002");
        assertThat(page.getByTestId("clerk-error")).isEmpty();
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
        page.getByTestId("counter-open").click();
        page.getByTestId("action-call-next").click();
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "CALLED");
        // meanwhile the ticket was served from another window: the console still shows it called
        act(site, 1, a1, "start").statusCode(200);
        act(site, 1, a1, "complete").statusCode(200);
        page.getByTestId("action-start").click();
        assertThat(page.getByTestId("clerk-error")).containsText("บัตรคิว A001 อยู่ในสถานะ");
        // and the console catches up with what happened
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
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
        assertThat(page.getByTestId("clerk-error")).hasText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณาลองใหม่");
        assertThat(page.getByTestId("counter-select")).isHidden();

        signIn(page, username, password);
        assertThat(page.getByTestId("counter-select")).isVisible();
        assertThat(page.getByTestId("clerk-error")).isEmpty();
        page.getByTestId("counter-open").click();
        assertThat(page.getByTestId("action-call-next")).isVisible();
        // a reload keeps the session and the counter (sessionStorage)
        page.reload();
        assertThat(page.getByTestId("action-call-next")).isVisible();
        assertThat(page.getByTestId("current-status")).hasAttribute("data-status", "NONE");
        Chromium.close(page);
    }

    @Test
    void showsOfflineAtOnceWhenTheNetworkDropsAndCarriesOnWhenItIsBack() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A", "NORMAL"); // A001
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        page.getByTestId("counter-open").click();
        assertThat(waitingRows(page)).hasCount(1); // the console has read its queue

        page.context().setOffline(true);
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "offline");
        assertThat(page.getByTestId("connection")).hasText("ออฟไลน์ · กำลังลองใหม่");
        issue(site, "A", "NORMAL"); // A002, while the clerk is offline
        page.context().setOffline(false);

        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live");
        assertThat(page.getByTestId("connection")).hasText("เชื่อมต่อแล้ว");
        assertThat(waitingRows(page)).hasCount(2);
        page.getByTestId("action-call-next").click();
        assertThat(page.getByTestId("current-ticket")).hasText("A001");
        assertEquals(List.of("A002"), waitingNumbers(page));
        Chromium.close(page);
    }

    @Test
    void theCounterChoiceIsLiveAgainWhenTheNetworkIsBack() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Page page = open(site, "");
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        assertThat(page.getByTestId("counter-select")).hasValue(String.valueOf(site.counter(1)));

        page.context().setOffline(true);
        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "offline");
        page.getByTestId("counter-open").click();
        assertThat(page.getByTestId("clerk-error")).containsText("ติดต่อระบบไม่ได้");
        page.context().setOffline(false);

        assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live");
        page.getByTestId("counter-open").click();
        assertThat(page.locator("#counter-status")).hasAttribute("data-status", "OPEN");
        assertThat(page.getByTestId("action-call-next")).isEnabled();
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
            page.getByTestId("counter-open").click();
            assertThat(waitingRows(page)).hasCount(1);
            assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live");

            network.silence();
            assertThat(page.getByTestId("connection")).hasAttribute("data-state", "offline", A_FEW_REQUEST_TIMEOUTS);
            issue(site, "A", "NORMAL"); // A002, while the clerk is cut off
            network.up();

            assertThat(page.getByTestId("connection")).hasAttribute("data-state", "live", A_FEW_REQUEST_TIMEOUTS);
            assertThat(waitingRows(page)).hasCount(2);
            page.getByTestId("action-call-next").click();
            assertThat(page.getByTestId("current-ticket")).hasText("A001");
            assertEquals(List.of("A002"), waitingNumbers(page));
            Chromium.close(page);
        }
    }

    private Page open(Site site, String query) {
        String url = clerk + "?sp=" + site.code() + (query.isEmpty() ? "" : "&" + query.substring(1));
        return Chromium.open(url, 1366, 768);
    }

    private static void signIn(Page page, String username, String password) {
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(password);
        page.getByTestId("login-submit").click();
    }

    private static Locator waitingRows(Page page) {
        return page.locator("[data-testid='waiting-list'] tr[data-ticket-number]");
    }

    private static List<String> waitingNumbers(Page page) {
        return waitingRows(page).all().stream().map(row -> row.getAttribute("data-ticket-number")).toList();
    }

}
