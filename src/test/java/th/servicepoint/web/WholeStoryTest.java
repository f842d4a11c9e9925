package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.signIn;
import static th.servicepoint.web.ScreenParts.ticketNumber;

import java.net.URI;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * The whole story in one browser, every screen driven as its user drives it: the kiosk issues a ticket, the lobby
 * display shows it waiting, the clerk calls it, the display and the citizen's ticket page show the call within a
 * second, the clerk completes, the counter screen shows the survey QR, the survey opened from that QR's link is
 * answered, and the executive dashboard counts the answer.
 */
@QuarkusTest
class WholeStoryTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND = new LocatorAssertions.HasTextOptions()
            .setTimeout(1000);
    /**
     * The sign-in post, the role check and the half-year report one after the other, on a machine the tests share (as
     * ExecDashboardTest allows)
     */
    private static final LocatorAssertions.HasTextOptions SIGN_IN_AND_HALF_REPORT = new LocatorAssertions.HasTextOptions()
            .setTimeout(15_000);
    private static final Pattern TRACKING = Pattern.compile("/api/v1/tickets/([^/]+)/qr");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void fullFormAgain() {
        Api.questionnaireLength("FULL", null).statusCode(200);
    }

    @Test
    void fromKioskToExecutiveDashboard() {
        Api.questionnaireLength("SHORT", 4).statusCode(200);
        Site site = fixtures.site().service("A").counter(1, "A").create();
        long counter = site.counter(1);

        Page display = Chromium.open(url("/display/?sp=" + site.code() + "&key=" + site.displayKey()), 1920, 1080);
        assertThat(DisplayScreen.connection(display)).hasAttribute("data-state", "live");
        Page counterScreen = Chromium.open(url("/counter/?counter=" + counter + "&key=" + site.counterKey(1)), 1280,
                720);
        assertThat(CounterScreen.connection(counterScreen)).hasAttribute("data-state", "live");

        Page kiosk = Chromium.open(url("/kiosk/?sp=" + site.code() + "&key=" + site.kioskKey()), 1080, 1920);
        kiosk.addInitScript("window.print = () => {}");
        button(kiosk, "งาน A").click();
        Locator normal = button(kiosk, "ทั่วไป");
        if (normal.isVisible()) {
            normal.click();
        }
        // the ticket's element is shown before its number is written: wait for the number, not for the element
        Locator printed = KioskScreen.ticket(kiosk, "บัตรคิว");
        assertThat(ticketNumber(printed)).hasText(Pattern.compile("A\\d{3}"));
        String number = ticketNumber(printed).textContent().strip();
        String qr = KioskScreen.trackingQr(printed).getAttribute("src");
        Matcher token = TRACKING.matcher(qr);
        assertTrue(token.find(), qr);
        assertThat(DisplayScreen.waiting(display, "A")).containsText("1");
        Accessibility.assertNoViolations(kiosk, "the kiosk with the printed ticket");
        Accessibility.assertNoViolations(display, "the lobby display with one waiting");

        Page ticket = Chromium.open(url("/ticket/?t=" + token.group(1)), 360, 740);
        assertThat(TicketScreen.number(ticket)).hasText(number);
        Accessibility.assertNoViolations(ticket, "the citizen's ticket waiting");

        Page clerk = Chromium.open(url("/clerk/?sp=" + site.code() + "&counter=" + counter), 1366, 768);
        signIn(clerk, site.clerk(1), Fixtures.PASSWORD);
        button(clerk, "เข้าประจำช่องและเปิดให้บริการ").click();
        button(clerk, "เรียกคิวถัดไป").click();
        assertThat(ClerkConsole.currentTicket(clerk)).hasText(number);
        Accessibility.assertNoViolations(clerk, "the clerk console calling");
        assertThat(DisplayScreen.nowCalling(display)).hasText(number, WITHIN_A_SECOND);
        assertThat(TicketScreen.calledBanner(ticket))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));

        button(clerk, "เริ่มให้บริการ").click();
        assertThat(ClerkConsole.currentStatus(clerk, "กำลังให้บริการ")).isVisible();
        button(clerk, "จบการให้บริการ").click();
        // the clerk is told the survey went out, and is never given its link
        assertThat(ClerkConsole.surveySent(clerk)).containsText(number);
        assertEquals(0, clerk.locator("a[href*='survey'], img[src*='survey']").count());
        Locator surveyQr = CounterScreen.surveyQr(counterScreen);
        assertThat(surveyQr).isVisible();
        Accessibility.assertNoViolations(counterScreen, "the counter screen with the survey QR");
        URI surveyUrl = URI.create(surveyQr.getAttribute("data-url"));
        assertEquals("/survey/", surveyUrl.getPath());

        Page survey = Chromium.open(url(surveyUrl.getPath() + "?" + surveyUrl.getQuery()), 360, 740);
        Locator form = SurveyScreen.form(survey, "แบบประเมินความพึงพอใจ");
        assertThat(form).isVisible();
        Accessibility.assertNoViolations(survey, "the survey");
        // the short form out of the box: overall satisfaction and four rotating items, each its first answer
        assertEquals(5, form.getByRole(AriaRole.GROUP).count());
        for (Locator question : form.getByRole(AriaRole.GROUP).all()) {
            question.getByRole(AriaRole.RADIO).first().check();
        }
        exactButton(survey, "ส่งแบบประเมิน").click();
        assertThat(survey.getByRole(AriaRole.STATUS)).isVisible();

        Page exec = Chromium.open(url("/exec/?sp=" + site.code()), 1366, 768);
        signIn(exec, "exec", "exec");
        assertThat(ExecDashboard.figure(exec, "ผู้ตอบแบบประเมิน")).hasText("1", SIGN_IN_AND_HALF_REPORT);
        // one answer grades nothing: n and "not enough answers yet" instead of an EIT and a grade
        assertThat(ExecDashboard.figure(exec, "EIT คาดการณ์ (ประมาณการเอง)")).containsText("ยังมีคำตอบไม่พอ");
        assertThat(ExecDashboard.figure(exec, "ระดับ (ประมาณการเอง)")).hasText("–");
        Accessibility.assertNoViolations(exec, "the executive dashboard");

        for (Page page : new Page[] { display, counterScreen, kiosk, ticket, clerk, survey, exec }) {
            Chromium.close(page);
        }
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
