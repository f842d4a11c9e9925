package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.Site;

/** The ticket page of an agency with a LINE account: the button that opens the chat with the follow message. */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
class LineTicketPageTest {

    @TestHTTPResource("/ticket/")
    URL ticketPage;
    @TestHTTPResource("/admin/")
    URL admin;
    @Inject
    Fixtures fixtures;

    @Test
    void theTicketPageOpensTheAgencysLineChatWithTheFollowMessage() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        issue(site, "A");
        String token = issue(site, "A").getString("trackingToken");
        Page page = TicketPageTest.phoneWithLargeText(ticketPage + "?t=" + token);

        Locator line = page.getByRole(AriaRole.LINK, ScreenParts.named("รับแจ้งเตือนทาง LINE"));
        assertThat(line).isVisible();
        String href = line.getAttribute("href");
        assertTrue(href.startsWith("https://line.me/R/oaMessage/%40sp-test/?"), href);
        String message = URLDecoder.decode(href.substring(href.indexOf("/?") + 2), StandardCharsets.UTF_8);
        assertTrue(message.matches("ติดตามคิว A002 รหัส [A-Z2-9]{4}-[A-Z2-9]{4}"), message);
        assertThat(page.getByText("ระบบจะแจ้งเมื่อใกล้ถึงคิว")).isVisible();
        Accessibility.assertNoViolations(page, "ticket waiting with LINE at 200 % text");
        page.getByRole(AriaRole.BUTTON, ScreenParts.named("English")).click();
        assertThat(page.getByRole(AriaRole.LINK, ScreenParts.named("Get alerts on LINE"))).isVisible();
        Chromium.close(page);
    }

    @Test
    void administratorsSeeTheChannelsAndTheMonthsLinePushes() {
        Page page = Chromium.open(admin.toString(), 1366, 768);
        ScreenParts.signIn(page, "admin", "admin");
        AdminScreen.tab(page, "การแจ้งเตือน").click();
        assertThat(page.getByRole(AriaRole.ROW, ScreenParts.named("LINE"))).containsText("ใช่");
        assertThat(page.getByText("ข้อความ push ทาง LINE เดือนนี้")).containsText("จาก 300 ข้อความ");
        Accessibility.assertNoViolations(page, "the administration's notifications tab");
        Chromium.close(page);
    }
}
