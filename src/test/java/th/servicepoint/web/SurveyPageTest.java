package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.openCounter;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Fixtures.StoredResponse;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** The survey on an old phone: one screen, answered once, every refusal explained in Thai and English. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class SurveyPageTest {

    private static final Logger LOG = Logger.getLogger(SurveyPageTest.class);
    private static final int BUDGET_BYTES = 100 * 1024;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @TestHTTPResource("/survey/")
    URL surveyPage;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
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
        assertThat(page.getByTestId("survey-form")).isVisible();
        assertThat(page.getByTestId("item-E1.1")).isVisible();
        page.waitForLoadState();
        long transferred = requests.stream().map(Request::sizes)
                .mapToLong(s -> (long) s.responseBodySize + s.responseHeadersSize + s.requestHeadersSize).sum();
        assertTrue(requests.size() >= 6, "requests: " + requests.stream().map(Request::url).toList());
        LOG.infof("The survey page transferred %d bytes in %d requests", transferred, requests.size());
        assertTrue(transferred < BUDGET_BYTES, "the survey page transferred " + transferred + " bytes");
        assertTrue(requests.stream().noneMatch(r -> r.url().matches(".*\\.(woff2?|ttf|otf)(\\?.*)?$")),
                "no web fonts");

        // parents head their sub-items; every answered item is a fieldset with a legend and large radios
        assertThat(page.locator("[data-testid='item-E1'] > legend")).hasText("เจ้าหน้าที่ให้บริการตามที่กำหนด");
        assertThat(page.locator("[data-testid='item-E1'] [data-testid='item-E1.1']")).isVisible();
        assertThat(page.getByLabel("มากที่สุด").first()).isVisible();
        Chromium.screenshot(page, "survey");

        // nothing answered: the Thai message, each missing item marked, the first one focused
        page.getByTestId("survey-submit").click();
        assertThat(page.getByTestId("survey-error")).hasText("ยังไม่ได้ตอบ " + required
                + " ข้อ กรุณาตอบทุกข้อที่มีเครื่องหมาย *");
        String firstCode = (String) items.get(0).get("code");
        assertThat(page.getByTestId("item-error-" + firstCode)).hasText("กรุณาเลือกคำตอบของข้อนี้");
        assertEquals("option-" + firstCode + "-" + firstValue(items.get(0)),
                page.evaluate("document.activeElement.dataset.testid"));

        for (Map<String, Object> item : items) {
            page.getByTestId("option-" + item.get("code") + "-" + firstValue(item)).check();
        }
        assertThat(page.getByTestId("item-error-" + firstCode)).isEmpty();

        // a value the server refuses (a tampered radio): its 422 is shown beside that item, nothing is stored
        page.evaluate("document.querySelector(\"[data-testid='option-E2-MOST']\").value = 'BOGUS'");
        page.getByTestId("option-E2-MOST").check();
        page.getByTestId("survey-submit").click();
        assertThat(page.getByTestId("item-error-E2")).containsText("คำตอบ 'BOGUS' ใช้ไม่ได้");
        assertThat(page.getByTestId("item-error-E3")).isEmpty();
        assertThat(page.getByTestId("survey-error")).hasText("กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง");
        assertEquals("option-E2-MOST", page.evaluate("document.activeElement.dataset.testid"));
        assertEquals(List.of(), fixtures.responsesOf(visit.ticketId()));
        page.locator("#lang").click();
        assertThat(page.getByTestId("item-error-E2")).containsText("'BOGUS' is not an answer to this question");
        page.locator("#lang").click();

        page.getByTestId("option-E2-MUCH").check();
        page.getByTestId("survey-comment").fill("รอไม่นาน เจ้าหน้าที่สุภาพ <b>ขอบคุณ</b>");
        assertThat(page.locator("#comment-count")).containsText("39 / 1000");
        page.getByTestId("survey-submit").click();
        assertThat(page.getByTestId("survey-thanks")).isVisible();
        assertThat(page.getByTestId("survey-thanks")).containsText("ขอบคุณ");
        assertThat(page.getByTestId("survey-form")).isHidden();
        Chromium.screenshot(page, "survey-thanks");
        Chromium.close(page);

        List<StoredResponse> stored = fixtures.responsesOf(visit.ticketId());
        assertEquals(1, stored.size());
        assertEquals("MUCH", stored.get(0).answers().get("E2"));
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
        assertThat(page.getByTestId("survey-error"))
                .hasText("แบบประเมินนี้ได้รับคำตอบแล้ว ขอบคุณที่ร่วมประเมิน (ตอบได้ครั้งเดียว)");
        assertThat(page.getByTestId("survey-error")).hasAttribute("data-status", "409");
        assertThat(page.getByTestId("survey-form")).isHidden();
        page.locator("#lang").click();
        assertThat(page.getByTestId("survey-error")).containsText("This survey was already answered");
        page.locator("#lang").click();
        Chromium.close(page);

        CitizenVisit late = CitizenVisit.serve(site);
        clock.advance(Duration.ofDays(4));
        page = Chromium.open(surveyPage + "?t=" + late.surveyToken(), 360, 740);
        assertThat(page.getByTestId("survey-error")).hasText("ลิงก์แบบประเมินนี้หมดอายุแล้ว ขอบคุณที่ใช้บริการ");
        assertThat(page.getByTestId("survey-error")).hasAttribute("data-status", "410");
        Chromium.close(page);
        clock.reset();

        page = Chromium.open(surveyPage + "?t=not-a-real-token", 360, 740);
        assertThat(page.getByTestId("survey-error")).containsText("ไม่พบแบบประเมินนี้");
        Chromium.close(page);

        page = Chromium.open(surveyPage.toString(), 360, 740);
        assertThat(page.getByTestId("survey-error")).containsText("ลิงก์แบบประเมินไม่ครบ");
        Chromium.close(page);
    }

    @Test
    void aLinkAnsweredElsewhereWhileTheFormIsOpenIsExplainedOnSubmit() {
        CitizenVisit visit = CitizenVisit.serve(site);
        List<Map<String, Object>> items = answerable(visit.surveyToken());
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), 360, 740);
        assertThat(page.getByTestId("survey-form")).isVisible();
        Map<String, String> answers = new java.util.HashMap<>();
        for (Map<String, Object> item : items) {
            answers.put((String) item.get("code"), firstValue(item));
            page.getByTestId("option-" + item.get("code") + "-" + firstValue(item)).check();
        }
        given().contentType("application/json").body(Map.of("answers", answers))
                .post("/api/v1/surveys/{t}/responses", visit.surveyToken()).then().statusCode(201);
        page.getByTestId("survey-submit").click();
        assertThat(page.getByTestId("survey-error")).hasAttribute("data-status", "409");
        assertThat(page.getByTestId("survey-form")).isHidden();
        Chromium.close(page);
    }

    @Test
    void theSurveyReadsInEnglishOnTheSwitch() {
        CitizenVisit visit = CitizenVisit.serve(site);
        JsonPath survey = given().get("/api/v1/surveys/{t}", visit.surveyToken()).then().statusCode(200).extract()
                .jsonPath();
        Page page = Chromium.open(surveyPage + "?t=" + visit.surveyToken(), 360, 740);
        page.getByTestId("option-E2-MUCH").check();
        page.locator("#lang").click();
        assertEquals("en", page.locator("html").getAttribute("lang"));
        assertThat(page.locator("h1")).hasText("Satisfaction survey");
        assertThat(page.locator("[data-testid='item-E2'] > legend"))
                .containsText(survey.getString("items.find { it.code == 'E2' }.textEn"));
        assertThat(page.locator("label[for='option-E2-MOST']")).hasText("Most");
        assertThat(page.getByTestId("option-E2-MUCH")).isChecked(); // the switch keeps what was answered
        assertThat(page.getByTestId("survey-submit")).hasText("Send");
        assertThat(page.locator("#where")).containsText("Service A");

        // the choice is kept on the phone
        page.reload();
        assertThat(page.locator("h1")).hasText("Satisfaction survey");
        assertThat(page.locator("#lang")).hasText(Pattern.compile("ภาษาไทย"));
        Chromium.close(page);
    }

    @Test
    void aPosterSurveyIsAnsweredOnceInAWhile() {
        String url = Api.admin().post("/api/v1/admin/counters/{id}/poster", site.counter(1)).then().statusCode(201)
                .extract().jsonPath().getString("url");
        String poster = url.substring(url.indexOf("?p=") + 3);
        List<Map<String, Object>> items = given().get("/api/v1/surveys/posters/{p}", poster).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>> getList("items").stream()
                .filter(item -> !((List<?>) item.get("options")).isEmpty()).toList();

        for (int round = 0; round < 2; round++) {
            Page page = Chromium.open(surveyPage + "?p=" + poster, 360, 740);
            assertThat(page.locator("#where")).containsText("ช่อง 1");
            for (Map<String, Object> item : items) {
                page.getByTestId("option-" + item.get("code") + "-" + firstValue(item)).check();
            }
            page.getByTestId("survey-submit").click();
            if (round == 0) {
                assertThat(page.getByTestId("survey-thanks")).isVisible();
            } else {
                assertThat(page.getByTestId("survey-error")).hasAttribute("data-status", "429");
                assertThat(page.getByTestId("survey-error")).containsText("กรุณาลองใหม่ภายหลัง");
            }
            Chromium.close(page);
        }
        assertEquals(1, fixtures.posterResponsesOf(site.counter(1)).size());
    }
}
