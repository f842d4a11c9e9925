package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.SurveyScreen.answer;
import static th.servicepoint.web.SurveyScreen.form;
import static th.servicepoint.web.SurveyScreen.numbered;
import static th.servicepoint.web.SurveyScreen.progress;
import static th.servicepoint.web.SurveyScreen.question;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Fixtures.StoredResponse;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The survey on an old phone: numbered questions on one or two screens, readable with large text, answered once, every
 * refusal explained in Thai and English.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class SurveyPageTest {

    private static final Logger LOG = Logger.getLogger(SurveyPageTest.class);
    private static final int BUDGET_BYTES = 100 * 1024;
    private static final Pattern NO_MESSAGE = Pattern.compile("^$");
    /** The phone the length of the form is judged on, and how many of its screens five questions may take. */
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int SHORT_FORM = 5;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @TestHTTPResource("/survey/")
    URL surveyPage;

    Site site;

    /** The citizen's survey as an agency has it out of the box: overall satisfaction and four rotating items. */
    @BeforeEach
    void site() {
        Api.questionnaireLength("SHORT", 4).statusCode(200);
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
    }

    @AfterEach
    void fullFormAgain() {
        Api.questionnaireLength("FULL", null).statusCode(200);
    }

    /** The questionnaire as the API gives it: the items answered (they have options), required first. */
    static List<Map<String, Object>> answerable(String token) {
        List<Map<String, Object>> items = given().get("/api/v1/surveys/{t}", token).then().statusCode(200).extract()
                .jsonPath().getList("items");
        return items.stream().filter(item -> !((List<?>) item.get("options")).isEmpty()).toList();
    }

    static String firstValue(Map<String, Object> item) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) item.get("options");
        return (String) options.get(0).get("value");
    }

    /** The Thai text of one question of the questionnaire behind a token, as the API gives it. */
    static String questionTh(String token, String code) {
        return given().get("/api/v1/surveys/{t}", token).then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.code == '" + code + "' }.textTh");
    }

    /** The page's message when the last `count` required questions of items are not answered, named by their numbers. */
    static String missing(List<Map<String, Object>> items, long count) {
        List<Integer> numbers = IntStream.rangeClosed(1, items.size())
                .filter(n -> Boolean.TRUE.equals(items.get(n - 1).get("required"))).boxed().toList();
        String named = numbers.subList(numbers.size() - (int) count, numbers.size()).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "ยังไม่ได้ตอบ " + count + " ข้อ (ข้อ " + named + ") กรุณาตอบทุกข้อที่มีเครื่องหมาย *";
    }

    @Test
    void theQuestionsAreNumberedAndTheProgressFollowsTheAnswers() {
        CitizenVisit visit = CitizenVisit.serve(site);
        List<Map<String, Object>> items = answerable(visit.surveyToken());
        int count = items.size();
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), 360, 740);
        for (int n = 1; n <= count; n++) {
            assertThat(numbered(page, n, count)).containsText((String) items.get(n - 1).get("textTh"));
        }
        // about six seconds a question, said as a person would
        assertThat(form(page, "แบบประเมินความพึงพอใจ").getByText(Pattern.compile("ข้อ ใช้เวลาประมาณ")))
                .hasText(count + " ข้อ ใช้เวลาประมาณ" + (count <= SHORT_FORM ? "ครึ่งนาที"
                        : " " + (int) Math.ceil(count * 6 / 60.0) + " นาที"));
        assertThat(progress(page)).hasAccessibleName("ตอบแล้ว 0 จาก " + count + " ข้อ");
        assertThat(progress(page)).hasAttribute("max", String.valueOf(count));

        answer(page, items.get(1), firstValue(items.get(1))).check();
        answer(page, items.get(0), firstValue(items.get(0))).check();
        answer(page, items.get(0), (String) optionValues(items.get(0)).get(1)).check(); // a changed mind counts once
        assertThat(progress(page)).hasAccessibleName("ตอบแล้ว 2 จาก " + count + " ข้อ");
        assertThat(progress(page)).hasAttribute("value", "2");

        exactButton(page, "English").click();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Question 1 of " + count + " ")))).containsText((String) items.get(0).get("textEn"));
        assertThat(progress(page)).hasAccessibleName("Answered 2 of " + count);
        Chromium.close(page);
    }

    @Test
    void theSurveyFitsAPhoneWithTwiceTheText() {
        CitizenVisit visit = CitizenVisit.serve(site);
        List<Map<String, Object>> items = answerable(visit.surveyToken());
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), 360, 740);
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isVisible();
        LargeText.on(page);
        exactButton(page, "ส่งแบบประเมิน").click(); // the longest state: every question with its message
        assertThat(alert(page)).isVisible();

        assertEquals(0.0, LargeText.sidewaysOverflow(page), "the page scrolls sideways");
        assertEquals(List.of(), LargeText.textsOffScreen(page), "texts beyond the screen's edge");
        WordBreaks.assertNone(page, "the survey with twice the text");
        for (Map<String, Object> item : items) {
            Locator question = question(page, (String) item.get("textTh"));
            question.scrollIntoViewIfNeeded();
            assertWithinScreen(page, question.getByText((String) item.get("textTh"), new Locator.GetByTextOptions()
                    .setExact(true)));
            for (Object value : optionValues(item)) {
                Locator radio = answer(page, item, (String) value);
                assertThat(radio).isVisible();
                // the answer's row, the target a finger taps: whole on the screen and at least 48 px high
                Locator row = radio.locator("xpath=ancestor::label");
                assertWithinScreen(page, row);
                assertTrue(row.boundingBox().height >= 48, "answer row " + row.boundingBox().height + " px high");
            }
        }
        Accessibility.assertNoViolations(page, "the survey with twice the text");
        Chromium.screenshot(page, "survey-large-text");
        Chromium.close(page);
    }

    @Test
    void theShortFormTakesAtMostTwoScreensOfAPhone() {
        CitizenVisit visit = CitizenVisit.serve(site);
        int count = answerable(visit.surveyToken()).size();
        assertEquals(SHORT_FORM, count, "overall satisfaction and four rotating items");
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), PHONE_WIDTH, PHONE_HEIGHT);
        assertThat(numbered(page, count, count)).isVisible();
        double height = ((Number) page.evaluate("() => document.scrollingElement.scrollHeight")).doubleValue();
        LOG.infof("The survey of %d questions is %.0f px high on a %d×%d phone", count, height, PHONE_WIDTH,
                PHONE_HEIGHT);
        assertTrue(height <= 2 * PHONE_HEIGHT,
                "the short form takes " + height + " px, more than two screens of " + PHONE_HEIGHT + " px");
        Chromium.close(page);
    }

    static List<Object> optionValues(Map<String, Object> item) {
        return ((List<?>) item.get("options")).stream().map(option -> ((Map<?, ?>) option).get("value"))
                .map(Object.class::cast).toList();
    }

    /** The element is shown whole between the screen's left and right edges. */
    static void assertWithinScreen(Page page, Locator element) {
        assertThat(element).isVisible();
        var box = element.boundingBox();
        int width = page.viewportSize().width;
        assertTrue(box.x >= 0 && box.x + box.width <= width,
                element + " spans " + box.x + "–" + (box.x + box.width) + " px of a " + width + " px screen");
    }

    @Test
    void aCitizenAnswersOnAPhoneAndTheServerKeepsIt() {
        CitizenVisit visit = CitizenVisit.serve(site);
        List<Map<String, Object>> items = answerable(visit.surveyToken());
        long required = items.stream().filter(item -> Boolean.TRUE.equals(item.get("required"))).count();

        // everything the page transfers, counted as the browser received it (headers and bodies)
        Page page = Chromium.open("about:blank", 360, 740);
        List<Request> requests = new CopyOnWriteArrayList<>();
        page.onRequestFinished(requests::add);
        page.navigate(surveyPage + "?t=" + visit.surveyToken());
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isVisible();
        assertThat(question(page, (String) items.get(0).get("textTh"))).isVisible();
        page.waitForLoadState();
        long transferred = requests.stream().map(Request::sizes)
                .mapToLong(s -> (long) s.responseBodySize + s.responseHeadersSize + s.requestHeadersSize).sum();
        assertTrue(requests.size() >= 6, "requests: " + requests.stream().map(Request::url).toList());
        LOG.infof("The survey page transferred %d bytes in %d requests", transferred, requests.size());
        assertTrue(transferred < BUDGET_BYTES, "the survey page transferred " + transferred + " bytes");
        assertTrue(requests.stream().noneMatch(r -> r.url().matches(".*\\.(woff2?|ttf|otf)(\\?.*)?$")),
                "no web fonts");

        // a parent the API sends (E1 of the full form) heads its sub-items; every answered item is a fieldset with a
        // legend and large radios
        List<Map<String, Object>> all = given().get("/api/v1/surveys/{t}", visit.surveyToken()).then().statusCode(200)
                .extract().jsonPath().getList("items");
        for (Map<String, Object> heading : all.stream().filter(item -> ((List<?>) item.get("options")).isEmpty()).toList()) {
            Locator parent = page.getByRole(AriaRole.GROUP,
                    new Page.GetByRoleOptions().setName((String) heading.get("textTh")).setExact(true));
            assertThat(parent).isVisible();
            Map<String, Object> sub = all.stream().filter(item -> heading.get("code").equals(item.get("parent")))
                    .findFirst().orElseThrow();
            assertThat(parent.getByRole(AriaRole.GROUP,
                    new Locator.GetByRoleOptions().setName((String) sub.get("textTh")))).isVisible();
        }
        assertThat(answer(page, items.get(0), firstValue(items.get(0)))).isVisible();
        assertThat(progress(page)).hasAccessibleName("ตอบแล้ว 0 จาก " + items.size() + " ข้อ");
        Accessibility.assertNoViolations(page, "the survey form");
        Chromium.screenshot(page, "survey");

        // nothing answered: the Thai message naming the questions by number, each marked, the first one focused
        exactButton(page, "ส่งแบบประเมิน").click();
        assertThat(alert(page)).hasText(missing(items, required));
        String firstCode = (String) items.get(0).get("code");
        // an item's message is its group's description, as a screen reader reads it with the question
        Locator first = question(page, (String) items.get(0).get("textTh"));
        assertThat(first).hasAccessibleDescription("กรุณาเลือกคำตอบของข้อนี้");
        assertThat(answer(page, items.get(0), firstValue(items.get(0)))).isFocused();
        Accessibility.assertNoViolations(page, "the survey with unanswered questions marked");

        // answering clears each question's message and keeps the page's message to what is still missing
        Map<String, Object> last = items.get(items.size() - 1);
        for (Map<String, Object> item : items.subList(0, items.size() - 1)) {
            answer(page, item, firstValue(item)).check();
        }
        assertThat(first).hasAccessibleDescription(NO_MESSAGE);
        assertThat(progress(page)).hasAccessibleName("ตอบแล้ว " + (items.size() - 1) + " จาก " + items.size() + " ข้อ");
        assertThat(alert(page)).hasText(missing(items, 1));
        assertThat(question(page, (String) last.get("textTh"))).hasAccessibleDescription("กรุณาเลือกคำตอบของข้อนี้");
        answer(page, last, firstValue(last)).check();
        assertThat(alert(page)).isHidden();
        assertThat(question(page, (String) last.get("textTh"))).hasAccessibleDescription(NO_MESSAGE);
        assertThat(progress(page)).hasAccessibleName("ตอบแล้ว " + items.size() + " จาก " + items.size() + " ข้อ");

        // a value the server refuses (a tampered radio): its 422 is shown beside that item, nothing is stored
        Map<String, Object> tampered = items.get(1);
        String chosen = firstValue(tampered);
        String corrected = (String) optionValues(tampered).get(1);
        answer(page, tampered, chosen).evaluate("radio => radio.value = 'BOGUS'");
        answer(page, tampered, chosen).check();
        exactButton(page, "ส่งแบบประเมิน").click();
        assertThat(question(page, (String) tampered.get("textTh")))
                .hasAccessibleDescription(Pattern.compile("คำตอบ 'BOGUS' ใช้ไม่ได้"));
        assertThat(first).hasAccessibleDescription(NO_MESSAGE);
        assertThat(alert(page)).hasText("กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง");
        assertThat(answer(page, tampered, chosen)).isFocused();
        assertEquals(List.of(), fixtures.responsesOf(visit.ticketId()));
        exactButton(page, "English").click();
        assertThat(question(page, (String) tampered.get("textEn")))
                .hasAccessibleDescription(Pattern.compile("'BOGUS' is not an answer to this question"));
        exactButton(page, "ภาษาไทย").click();

        // answered again, the question's message and the page's go
        answer(page, tampered, corrected).check();
        assertThat(question(page, (String) tampered.get("textTh"))).hasAccessibleDescription(NO_MESSAGE);
        assertThat(alert(page)).isHidden();
        Locator comment = page.getByLabel("ข้อเสนอแนะเพิ่มเติม");
        comment.fill("รอไม่นาน เจ้าหน้าที่สุภาพ <b>ขอบคุณ</b>");
        assertThat(comment).hasAccessibleDescription(Pattern.compile("39 / 1000"));
        exactButton(page, "ส่งแบบประเมิน").click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ขอบคุณ");
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isHidden();
        Accessibility.assertNoViolations(page, "the survey's thank-you");
        Chromium.screenshot(page, "survey-thanks");
        Chromium.close(page);

        List<StoredResponse> stored = fixtures.responsesOf(visit.ticketId());
        assertEquals(1, stored.size());
        assertEquals(corrected, stored.get(0).answers().get(tampered.get("code")));
        assertEquals(firstValue(items.get(0)), stored.get(0).answers().get(firstCode));
        assertEquals("รอไม่นาน เจ้าหน้าที่สุภาพ <b>ขอบคุณ</b>", stored.get(0).comment());
        given().get("/api/v1/surveys/{t}", visit.surveyToken()).then().statusCode(409);
    }

    @Test
    void anAnsweredOrExpiredOrUnknownLinkGetsAClearPage() {
        CitizenVisit answered = CitizenVisit.serve(site);
        Map<String, String> answers = new java.util.HashMap<>();
        answerable(answered.surveyToken()).forEach(item -> answers.put((String) item.get("code"), firstValue(item)));
        given().contentType("application/json").body(Map.of("answers", answers))
                .post("/api/v1/surveys/{t}/responses", answered.surveyToken()).then().statusCode(201);

        Page page = Chromium.open(surveyPage + "?t=" + answered.surveyToken(), 360, 740);
        assertThat(alert(page))
                .hasText("แบบประเมินนี้ได้รับคำตอบแล้ว ขอบคุณที่ร่วมประเมิน (ตอบได้ครั้งเดียว)");
        assertThat(alert(page)).hasAttribute("data-status", "409");
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isHidden();
        Accessibility.assertNoViolations(page, "the survey already answered");
        exactButton(page, "English").click();
        assertThat(alert(page)).containsText("This survey was already answered");
        exactButton(page, "ภาษาไทย").click();
        Chromium.close(page);

        CitizenVisit late = CitizenVisit.serve(site);
        clock.advance(Duration.ofDays(4));
        page = Chromium.open(surveyPage + "?t=" + late.surveyToken(), 360, 740);
        assertThat(alert(page)).hasText("ลิงก์แบบประเมินนี้หมดอายุแล้ว ขอบคุณที่ใช้บริการ");
        assertThat(alert(page)).hasAttribute("data-status", "410");
        Accessibility.assertNoViolations(page, "the survey expired");
        Chromium.close(page);
        clock.reset();

        page = Chromium.open(surveyPage + "?t=not-a-real-token", 360, 740);
        assertThat(alert(page)).containsText("ไม่พบแบบประเมินนี้");
        Accessibility.assertNoViolations(page, "the survey not found");
        Chromium.close(page);

        page = Chromium.open(surveyPage.toString(), 360, 740);
        assertThat(alert(page)).containsText("ลิงก์แบบประเมินไม่ครบ");
        Accessibility.assertNoViolations(page, "the survey without its link");
        Chromium.close(page);
    }

    @Test
    void aLinkAnsweredElsewhereWhileTheFormIsOpenIsExplainedOnSubmit() {
        CitizenVisit visit = CitizenVisit.serve(site);
        List<Map<String, Object>> items = answerable(visit.surveyToken());
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), 360, 740);
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isVisible();
        Map<String, String> answers = new java.util.HashMap<>();
        for (Map<String, Object> item : items) {
            answers.put((String) item.get("code"), firstValue(item));
            answer(page, item, firstValue(item)).check();
        }
        given().contentType("application/json").body(Map.of("answers", answers))
                .post("/api/v1/surveys/{t}/responses", visit.surveyToken()).then().statusCode(201);
        exactButton(page, "ส่งแบบประเมิน").click();
        assertThat(alert(page)).hasAttribute("data-status", "409");
        assertThat(form(page, "แบบประเมินความพึงพอใจ")).isHidden();
        Chromium.close(page);
    }

    @Test
    void theSurveyReadsInEnglishOnTheSwitch() {
        CitizenVisit visit = CitizenVisit.serve(site);
        Map<String, Object> asked = answerable(visit.surveyToken()).get(0);
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), 360, 740);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) asked.get("options");
        answer(page, asked, (String) options.get(1).get("value")).check();
        exactButton(page, "English").click();
        assertEquals("en", page.locator("html").getAttribute("lang"));
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).hasText("Satisfaction survey");
        Locator inEnglish = question(page, (String) asked.get("textEn"));
        assertThat(inEnglish).isVisible();
        assertThat(inEnglish.getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName((String) options.get(0).get("labelEn")).setExact(true)))
                .isVisible();
        assertThat(inEnglish.getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName((String) options.get(1).get("labelEn")).setExact(true)))
                .isChecked(); // the switch keeps what was answered
        Locator form = form(page, "Satisfaction survey");
        assertThat(form.getByRole(AriaRole.BUTTON)).hasText("Send");
        assertThat(form.getByText(Pattern.compile("^Rating your visit: "))).containsText("Service A");

        // the choice is kept on the phone
        page.reload();
        assertThat(heading).hasText("Satisfaction survey");
        assertThat(page.getByRole(AriaRole.BANNER).getByRole(AriaRole.BUTTON)).hasText(Pattern.compile("ภาษาไทย"));
        Chromium.close(page);
    }

    @Test
    void aPosterSurveyIsAnsweredOnceInAWhile() {
        String url = Api.admin().post("/api/v1/admin/counters/{id}/poster", site.counter(1)).then().statusCode(201)
                .extract().jsonPath().getString("url");
        String poster = url.substring(url.indexOf("?p=") + 3);
        for (int round = 0; round < 2; round++) {
            Page page = Chromium.open(surveyPage + "?p=" + poster, 360, 740);
            assertThat(form(page, "แบบประเมินความพึงพอใจ").getByText(Pattern.compile("^ประเมินการรับบริการ: ")))
                    .containsText("ช่อง 1");
            // each view of a poster is a turn of the rotation: the questions on this page, whichever they are
            Locator questions = form(page, "แบบประเมินความพึงพอใจ").getByRole(AriaRole.GROUP);
            assertThat(questions).hasCount(SHORT_FORM);
            for (Locator question : questions.all()) {
                question.getByRole(AriaRole.RADIO).first().check();
            }
            exactButton(page, "ส่งแบบประเมิน").click();
            if (round == 0) {
                assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
            } else {
                assertThat(alert(page)).hasAttribute("data-status", "429");
                assertThat(alert(page)).containsText("กรุณาลองใหม่ภายหลัง");
            }
            Chromium.close(page);
        }
        assertEquals(1, fixtures.posterResponsesOf(site.counter(1)).size());
    }
}
