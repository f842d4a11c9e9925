package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.surveyToken;
import static th.servicepoint.support.Api.surveyUrl;
import static th.servicepoint.web.ExecDashboard.download;
import static th.servicepoint.web.ExecDashboard.figure;
import static th.servicepoint.web.ExecDashboard.item;
import static th.servicepoint.web.ExecDashboard.scope;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.named;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * The executive dashboard in a real browser: sign-in, today's queue live, this half's survey, report downloads.
 * <p>
 * Its own application on an emptied schema (a test profile): the whole agency's view asks every service point's queue,
 * and after the rest of the suite there are hundreds of them, made by other tests; in the full suite the agency's
 * figures did not come within the refresh (two runs of two), while they do with the agency as an office has it.
 */
@QuarkusTest
@TestProfile(ExecDashboardTest.OwnAgency.class)
class ExecDashboardTest {

    public static class OwnAgency implements QuarkusTestProfile {
    }

    private static final Map<String, String> ANSWERS = Map.ofEntries(Map.entry("E1.1", "MOST"),
            Map.entry("E1.2", "MUCH"), Map.entry("E2", "MOST"), Map.entry("E3", "LITTLE"), Map.entry("E5", "MOST"),
            Map.entry("E6.1", "MOST"), Map.entry("E6.2", "MUCH"), Map.entry("E9", "MOST"), Map.entry("E11", "MUCH"),
            Map.entry("E12", "MUCH"), Map.entry("E14", "LITTLE"), Map.entry("E15", "MOST"), Map.entry("OVERALL", "5"));
    private static final LocatorAssertions.HasTextOptions WITHIN_REFRESH = new LocatorAssertions.HasTextOptions()
            .setTimeout(15_000);

    @TestHTTPResource("/exec/")
    URL exec;

    private static final String SESSION_COOKIE = "servicepoint-session";

    @Inject
    Fixtures fixtures;

    @BeforeAll
    static void slowMachine() {
        // the test machine is shared; give the page time to answer
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void wrongPasswordAndWrongRoleAreSaidInThai() {
        Site site = fixtures.site().service("A", 5).counter(1, "A").create();
        Page page = Chromium.open(exec + "?sp=" + site.code(), 1366, 768);
        signIn(page, "exec", "not-the-password");
        assertThat(alert(page)).containsText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        assertThat(exactButton(page, "เข้าสู่ระบบ")).isVisible();
        assertThat(exactButton(page, "ออกจากระบบ")).isHidden();
        Accessibility.assertNoViolations(page, "the dashboard's sign-in refused");
        Chromium.screenshot(page, "exec-wrong-password");

        signIn(page, site.clerk(1), Fixtures.PASSWORD);
        assertThat(alert(page)).containsText("ไม่มีสิทธิ์");
        assertThat(scope(page)).isHidden();

        exactButton(page, "English").click();
        assertThat(alert(page)).containsText("may not see the executive dashboard");
        Chromium.close(page);
    }

    @Test
    void screensGetNoBasicChallengeSoTheBrowserOpensNoDialog() {
        given().auth().preemptive().basic("exec", "wrong").header("X-Requested-With", "XMLHttpRequest")
                .get("/api/v1/reports/snapshots").then().statusCode(401).header("WWW-Authenticate", nullValue())
                .body("detailTh", not(emptyOrNullString()));
        given().auth().preemptive().basic("exec", "wrong").get("/api/v1/reports/snapshots").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Basic realm=\"Service Point\""));
    }

    @Test
    void todaysQueueHalfSurveyAndDownloads() throws Exception {
        Site site = fixtures.site().service("A", 5).counter(1, "A").create();
        Page page = Chromium.open(exec + "?sp=" + site.code(), 1366, 768);
        signIn(page, "exec", "exec");
        assertThat(scope(page)).hasValue(site.code());
        // whose figures: the agency beside the executive's name
        assertThat(page.getByText("exec · องค์การบริหารส่วนจังหวัดตัวอย่าง")).isVisible();
        // signed in by a session cookie no script of the page can read; the tab keeps no password
        assertTrue(page.context().cookies().stream().anyMatch(c -> c.name.equals(SESSION_COOKIE) && c.httpOnly
                && "strict".equalsIgnoreCase(String.valueOf(c.sameSite))), page.context().cookies().toString());
        assertEquals("", page.evaluate("document.cookie"));
        assertFalse(String.valueOf(page.evaluate("JSON.stringify(sessionStorage)")).contains("Basic"));
        assertThat(figure(page, "ออกบัตรคิว")).hasText("0", WITHIN_REFRESH);
        assertThat(figure(page, "ผู้ตอบแบบประเมิน")).hasText("0", WITHIN_REFRESH);

        // a citizen takes a ticket: the dashboard counts it within its 10-second refresh, without a reload
        String trackingToken = issue(site, "A").getString("trackingToken");
        assertThat(figure(page, "ออกบัตรคิว")).hasText("1", WITHIN_REFRESH);
        assertThat(figure(page, "รออยู่ตอนนี้")).hasText("1", WITHIN_REFRESH);

        // the clerk serves it and the citizen answers the survey
        openCounter(site, 1);
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("answers", ANSWERS))
                .post("/api/v1/surveys/{token}/responses", surveyToken(surveyUrl(trackingToken))).then()
                .statusCode(201);

        // the half refreshes every minute; a reload shows it now, still signed in (the tab keeps the session)
        page.reload();
        assertThat(figure(page, "ผู้ตอบแบบประเมิน")).hasText("1", WITHIN_REFRESH);
        assertThat(figure(page, "ให้บริการแล้ว")).hasText("1", WITHIN_REFRESH);
        assertThat(item(page, "E2")).containsText("100.00");
        assertThat(item(page, "E3")).containsText("50.00");
        assertThat(item(page, "E1.1")).containsText("100.00");
        // E1 = mean of E1.1 (100) and E1.2 (85)
        assertThat(item(page, "E1")).containsText("92.50");
        // one answer is shown with its n, and grades and flags nothing: not "EIT 100.00 · AA", not "under target"
        assertThat(item(page, "E3")).containsText("ยังมีคำตอบไม่พอ");
        assertThat(item(page, "E3")).not().containsText("ต่ำกว่าเป้าหมาย");
        assertThat(figure(page, "EIT คาดการณ์ (ประมาณการเอง)")).hasText("ยังมีคำตอบไม่พอ (n = 1 จาก 30)");
        assertThat(figure(page, "ระดับ (ประมาณการเอง)")).hasText("–");
        // the note under the estimate is what describes it to a screen reader
        assertThat(page.getByRole(AriaRole.FIGURE, named("EIT คาดการณ์")))
                .hasAccessibleDescription(Pattern.compile("ยังมีคำตอบไม่พอ"));
        Accessibility.assertNoViolations(page, "the dashboard");
        assertEquals(List.of(), ScreenParts.smallTargets(page, 48));
        Chromium.screenshot(page, "exec-dashboard");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        int fiscalYear = (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear()) + 543;
        int half = today.getMonthValue() >= 4 && today.getMonthValue() <= 9 ? 2 : 1;

        Download pdf = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000),
                () -> download(page, "รอบปัจจุบัน", "PDF").click());
        assertEquals("executive-report-" + fiscalYear + "-h" + half + "-" + site.code() + ".pdf",
                pdf.suggestedFilename());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertEquals("%PDF", new String(Arrays.copyOf(pdfBytes, 4), StandardCharsets.US_ASCII));

        Download xlsx = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> download(page, "รอบก่อนหน้า", "XLSX").click());
        int previousYear = half == 1 ? fiscalYear - 1 : fiscalYear;
        int previousHalf = half == 1 ? 2 : 1;
        assertEquals("executive-report-" + previousYear + "-h" + previousHalf + "-" + site.code() + ".xlsx",
                xlsx.suggestedFilename());
        byte[] xlsxBytes = Files.readAllBytes(xlsx.path());
        assertEquals("PK", new String(Arrays.copyOf(xlsxBytes, 2), StandardCharsets.US_ASCII));
        assertThat(alert(page)).isHidden();

        // the whole agency: every service point's tickets, this one's among them
        scope(page).selectOption("");
        try {
            assertThat(figure(page, "ออกบัตรคิว")).hasText(Pattern.compile("^[1-9][0-9,]*$"), WITHIN_REFRESH);
        } catch (AssertionError e) {
            throw new AssertionError("the whole agency's figures did not come; the page says: "
                    + alert(page).allTextContents() + " / " + page.getByRole(AriaRole.STATUS).allTextContents(), e);
        }
        assertThat(figure(page, "ผู้ตอบแบบประเมิน")).hasText(Pattern.compile("^[1-9][0-9,]*$"), WITHIN_REFRESH);
        assertTrue(!page.url().contains("sp="), page.url());

        // signing out clears the session cookie
        exactButton(page, "ออกจากระบบ").click();
        assertThat(page.getByLabel("ชื่อผู้ใช้")).isVisible();
        page.waitForCondition(() -> page.context().cookies().stream().noneMatch(c -> c.name.equals(SESSION_COOKIE)));
        page.reload();
        assertThat(page.getByLabel("ชื่อผู้ใช้")).isVisible();
        Chromium.close(page);
    }
}
