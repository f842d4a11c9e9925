package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.web.AdminScreen.tab;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.report.Surveyed;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * No screen breaks a word across lines ({@link WordBreaks}), in the states and sizes people use it: the citizen's pages
 * on a 360 px phone with 200 % text, the staff screens at their desktop sizes and the administration at 1280 and
 * 1024 wide, the kiosk upright and the lobby display on a small TV.
 */
@QuarkusTest
class ThaiWordBreakTest {

    private static final List<String> ADMIN_TABS = List.of("จุดบริการ", "กอง/สำนัก", "งานบริการ",
            "ช่องบริการและโปสเตอร์ QR", "ผู้ใช้", "อุปกรณ์", "แบบประเมิน");

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL root;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A", 5).counter(1, "A").create();
        openCounter(site, 1);
    }

    /** A4 portrait less the report's side margins (210 − 2 × 16 mm) in CSS pixels: the printed line's width. */
    private static final int A4_CONTENT_WIDTH = (int) Math.round((210 - 2 * 16) / 25.4 * 96);

    private Page phone(String path) {
        Page page = Chromium.open("about:blank", 360, 740);
        LargeText.on(page);
        page.navigate(root + path);
        return page;
    }

    @Test
    void citizenPagesOnASmallPhoneWithLargeText() {
        Page page = phone("complaint/?sp=" + site.code());
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("การทุจริตและประพฤติมิชอบ")).check();
        assertThat(page.getByRole(AriaRole.NOTE)).isVisible();
        WordBreaks.assertNone(page, "complaint form at 200 %");
        button(page, "ส่งเรื่องร้องเรียน").click();
        WordBreaks.assertNone(page, "complaint form with its problems at 200 %");
        page.getByLabel("รายละเอียดเรื่องที่ร้องเรียน").fill("เจ้าหน้าที่ตรวจสอบเอกสารแล้วขอเงินเพิ่ม");
        button(page, "ส่งเรื่องร้องเรียน").click();
        assertThat(ComplaintScreen.trackingCode(page, "รับเรื่องแล้ว")).isVisible();
        WordBreaks.assertNone(page, "complaint filed at 200 %");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดูสถานะเรื่องนี้")).click();
        assertThat(ComplaintScreen.answer(page)).containsText("ยังไม่มีคำตอบ");
        WordBreaks.assertNone(page, "complaint tracked at 200 %");
        button(page, "English").click();
        WordBreaks.assertNone(page, "complaint tracked in English at 200 %");
        Chromium.close(page);

        page = phone("ticket/?t=no-such-ticket-token");
        assertThat(ScreenParts.alert(page)).containsText("ไม่พบบัตรคิวนี้");
        WordBreaks.assertNone(page, "unknown ticket at 200 %");
        Chromium.close(page);

        CitizenVisit visit = CitizenVisit.serve(site);
        page = phone("survey/?t=" + visit.surveyToken());
        assertThat(page.getByRole(AriaRole.RADIO).first()).isVisible();
        WordBreaks.assertNone(page, "survey at 200 %");
        button(page, "English").click();
        WordBreaks.assertNone(page, "survey in English at 200 %");
        Chromium.close(page);

        page = phone("ticket/?t=" + visit.trackingToken());
        assertThat(page.getByRole(AriaRole.LINK, ScreenParts.named("ประเมินความพึงพอใจ"))).isVisible();
        WordBreaks.assertNone(page, "ticket served at 200 %");
        Chromium.close(page);
    }

    /** The reports' HTML as Chromium prints it to PDF: print media, lines as wide as an A4 page's. */
    @Test
    void printedReportsAtA4Width() {
        Surveyed.serveAndAnswer(site, "A", 1, Surveyed.MIXED, "เจ้าหน้าที่ตรวจสอบเอกสารรวดเร็ว searched and copied");
        String today = LocalDate.now(ThaiDates.BANGKOK).toString();
        String report = Api.executive().get(Surveyed.REPORTS + "?from=" + today + "&to=" + today + "&servicePoint="
                + site.code() + "&format=html").then().statusCode(200).extract().asString();
        String check = Api.admin().get("/api/v1/admin/print-check/html").then().statusCode(200).extract().asString();

        Page page = Chromium.open("about:blank", A4_CONTENT_WIDTH, 1000);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        for (String html : List.of(check, report)) {
            page.setContent(html);
            page.evaluate("document.fonts.ready");
            WordBreaks.assertNone(page, "printed " + page.title());
        }
        Chromium.close(page);
    }

    @Test
    void administrationAt1280And1024Wide() {
        for (int width : new int[] { 1280, 1024 }) {
            Page page = Chromium.open(root + "admin/?sp=" + site.code(), width, 800);
            signIn(page, "admin", "admin");
            for (String name : ADMIN_TABS) {
                tab(page, name).click();
                assertThat(tab(page, name)).hasAttribute("aria-selected", "true");
                page.waitForLoadState();
                WordBreaks.assertNone(page, "administration, " + name + ", " + width + " wide");
            }
            Chromium.close(page);
        }
    }

    @Test
    void staffScreensAtTheirDesks() {
        issue(site, "A");
        Page page = Chromium.open(root + "clerk/?sp=" + site.code() + "&counter=" + site.counter(1), 1366, 768);
        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        assertThat(button(page, "เรียกคิวถัดไป")).isEnabled();
        WordBreaks.assertNone(page, "clerk console");
        button(page, "เรียกคิวถัดไป").click();
        assertThat(button(page, "เริ่มให้บริการ")).isEnabled();
        WordBreaks.assertNone(page, "clerk console, a ticket called");
        Chromium.close(page);

        page = Chromium.open(root + "exec/?sp=" + site.code(), 1366, 768);
        signIn(page, "exec", "exec");
        assertThat(page.getByRole(AriaRole.FIGURE).first()).isVisible();
        page.waitForLoadState();
        WordBreaks.assertNone(page, "executive dashboard");
        Chromium.close(page);
    }

    @Test
    void kioskAndLobbyDisplay() {
        issue(site, "A");
        Page page = Chromium.open(root + "kiosk/?sp=" + site.code() + "&key=" + site.kioskKey(), 1080, 1920);
        assertThat(button(page, "งาน A")).containsText("รอ 1 คิว");
        WordBreaks.assertNone(page, "kiosk, services");
        button(page, "งาน A").click();
        assertThat(button(page, "ผู้สูงอายุ")).isVisible();
        WordBreaks.assertNone(page, "kiosk, priority groups");
        Chromium.close(page);

        callNext(site, 1);
        page = Chromium.open(root + "display/?sp=" + site.code() + "&key=" + site.displayKey(), 1366, 768);
        assertThat(DisplayScreen.connection(page)).hasAttribute("data-state", "live");
        assertThat(DisplayScreen.nowCalling(page)).hasText("A001");
        WordBreaks.assertNone(page, "lobby display");
        Chromium.close(page);
    }
}
