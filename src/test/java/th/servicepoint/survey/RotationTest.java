package th.servicepoint.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.formItems;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.questionnaireLength;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;
import static th.servicepoint.survey.Visits.answer;
import static th.servicepoint.survey.Visits.asAsked;
import static th.servicepoint.survey.Visits.survey;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.Surveyed;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The short form by rotation: each invitation or poster view asks overall satisfaction and a few ITA items, every item
 * gets its fair share over a half-year, the answer covers exactly the items asked, and the report scores each item on
 * its own answers.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class RotationTest {

    private static final String QUESTIONNAIRE = "/api/v1/admin/questionnaires/current";
    /** The ITA items of the stock questionnaire, which take turns in the short form. */
    private static final List<String> ITA_ITEMS = List.of("E1.1", "E1.2", "E2", "E3", "E5", "E6.1", "E6.2", "E9",
            "E11", "E12", "E14", "E15");

    /** A new client address per poster answer, so the once-per-interval rule never refuses one of these. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entityManager;

    @AfterEach
    void fullFormAgain() {
        questionnaireLength("FULL", null).statusCode(200);
    }

    @Test
    void everyItemIsAskedWithinOneOfTheOthersAndNoViewAsksMoreThanFiveRequired() {
        questionnaireLength("SHORT", 4).statusCode(200).body("length", equalTo("SHORT")).body("rotationItems", equalTo(4));
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        Map<String, Integer> asked = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            JsonPath view = survey(Visits.serve(site).token()).statusCode(200).body("length", equalTo("SHORT"))
                    .body("selection", nullValue()).extract().jsonPath();
            List<Map<String, Object>> items = view.getList("items");
            assertEquals(5, items.stream().filter(item -> (Boolean) item.get("required")).count());
            assertTrue(items.stream().noneMatch(item -> ((List<?>) item.get("options")).isEmpty()), "no headings");
            List<String> codes = view.getList("items.code");
            assertEquals("OVERALL", codes.get(codes.size() - 1));
            List<String> ita = codes.subList(0, 4);
            assertEquals(ITA_ITEMS.stream().filter(ita::contains).toList(), ita, "in questionnaire order");
            ita.forEach(code -> asked.merge(code, 1, Integer::sum));
        }
        assertEquals(ITA_ITEMS.size(), asked.size());
        // 60 invitations × 4 items over 12 items: 20 each, give or take the turns taken before this test
        asked.forEach((code, n) -> assertTrue(Math.abs(n - 20) <= 2, code + " asked " + n + " times"));
        List<Long> counts = askedThisHalf();
        assertTrue(counts.get(counts.size() - 1) - counts.get(0) <= 1, "counts of the half " + counts);
    }

    @Test
    void theAnswerCoversExactlyTheItemsAsked() {
        questionnaireLength("SHORT", 4).statusCode(200);
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        Visits.Visit visit = Visits.serve(site);
        JsonPath view = survey(visit.token()).statusCode(200).extract().jsonPath();
        Map<String, String> answers = asAsked(view, Map.of());
        String notAsked = ITA_ITEMS.stream().filter(code -> !answers.containsKey(code)).findFirst().orElseThrow();

        Map<String, String> extra = new HashMap<>(answers);
        extra.put(notAsked, "MOST");
        problem(answer(visit.token(), Map.of("answers", extra)), 422, "INVALID")
                .body("errors.field", equalTo(List.of("answers." + notAsked)))
                .body("errors[0].messageTh", equalTo("ข้อ " + notAsked
                        + " ไม่ได้อยู่ในชุดคำถามที่ท่านได้รับ กรุณาตอบเฉพาะข้อที่แสดง"));
        Map<String, String> missing = new HashMap<>(answers);
        String dropped = view.getString("items[0].code");
        missing.remove(dropped);
        problem(answer(visit.token(), Map.of("answers", missing)), 422, "INVALID")
                .body("errors.field", equalTo(List.of("answers." + dropped)));
        answer(visit.token(), Map.of("answers", answers)).statusCode(201);
        assertEquals(answers.keySet(), fixtures.responsesOf(visit.ticketId()).get(0).answers().keySet());
    }

    @Test
    void theFullFormAsksEveryItem() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        Visits.Visit visit = Visits.serve(site);
        survey(visit.token()).statusCode(200).body("length", equalTo("FULL")).body("items.code", hasItem("E1"))
                .body("items.findAll { it.options.size() > 0 }.size()", equalTo(13));
        answer(visit.token(), Visits.ALL_ANSWERED, null).statusCode(201);
        // an invitation keeps the form it was minted with
        Visits.Visit before = Visits.serve(site);
        questionnaireLength("SHORT", 2).statusCode(200);
        survey(before.token()).statusCode(200).body("length", equalTo("FULL"));
        survey(Visits.serve(site).token()).statusCode(200).body("length", equalTo("SHORT"))
                .body("items.size()", equalTo(3));
    }

    @Test
    void theShortFormIsBoundedToFiveRequiredQuestions() {
        problem(publishUnchecked("SHORT", 5), 422, "INVALID").body("errors.field", equalTo(List.of("rotationItems")));
        problem(publishUnchecked("SHORT", 0), 422, "INVALID").body("errors.field", equalTo(List.of("rotationItems")));
        // leaving the form out keeps the current one
        Map<String, Object> current = admin().get(QUESTIONNAIRE).then().statusCode(200).extract().jsonPath()
                .getMap("");
        admin().body(Map.of("items", itemsOf(current))).put(QUESTIONNAIRE).then().statusCode(200)
                .body("length", equalTo("FULL"));
    }

    @Test
    void twoInvitationsMintedAtOnceBothWork() throws Exception {
        questionnaireLength("SHORT", 4).statusCode(200);
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        openCounter(site, 1);
        openCounter(site, 2);
        List<Long> tickets = new ArrayList<>();
        for (int counter = 1; counter <= 2; counter++) {
            issue(site, "A");
            long id = callNext(site, counter).getLong("id");
            act(site, counter, id, "start").statusCode(200);
            tickets.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> completions = List.of(
                    () -> act(site, 1, tickets.get(0), "complete").extract().statusCode(),
                    () -> act(site, 2, tickets.get(1), "complete").extract().statusCode());
            for (Future<Integer> done : pool.invokeAll(completions)) {
                assertEquals(200, done.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPosterViewSealsItsItemsAndTheAnswerCannotChooseOthers() {
        questionnaireLength("SHORT", 4).statusCode(200);
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        String poster = Surveyed.poster(site, 1);
        String otherPoster = Surveyed.poster(site, 2);
        JsonPath view = given().get("/api/v1/surveys/posters/{p}", poster).then().statusCode(200)
                .body("length", equalTo("SHORT")).body("items.size()", equalTo(5)).extract().jsonPath();
        String selection = view.getString("selection");
        Map<String, String> answers = asAsked(view, Map.of());

        // without the selection, with one made up, with another poster's, with an item not asked: refused
        problem(answerPoster(poster, answers, null), 422, "INVALID").body("errors.field", equalTo(List.of("selection")));
        String[] parts = selection.split("\\.");
        String body = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String favourable = body.substring(0, body.lastIndexOf('|') + 1) + "E2,E3,E5,E9";
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(favourable.getBytes(StandardCharsets.UTF_8)) + "." + parts[1];
        Map<String, String> chosen = new HashMap<>(Map.of("E2", "MOST", "E3", "MOST", "E5", "MOST", "E9", "MOST",
                "OVERALL", "5"));
        problem(answerPoster(poster, chosen, forged), 422, "INVALID").body("errors.field", equalTo(List.of("selection")));
        String othersSelection = given().get("/api/v1/surveys/posters/{p}", otherPoster).then().statusCode(200)
                .extract().path("selection");
        problem(answerPoster(poster, answers, othersSelection), 422, "INVALID")
                .body("errors.field", equalTo(List.of("selection")));
        String notAsked = ITA_ITEMS.stream().filter(code -> !answers.containsKey(code)).findFirst().orElseThrow();
        Map<String, String> extra = new HashMap<>(answers);
        extra.put(notAsked, "MOST");
        problem(answerPoster(poster, extra, selection), 422, "INVALID")
                .body("errors.field", equalTo(List.of("answers." + notAsked)));
        // a selection older than an invitation lasts
        clock.set(clock.instant().plusSeconds(4 * 24 * 3600));
        problem(answerPoster(poster, answers, selection), 422, "INVALID")
                .body("errors.field", equalTo(List.of("selection")));
        clock.reset();

        answerPoster(poster, answers, selection).statusCode(201);
        assertEquals(answers.keySet(),
                fixtures.posterResponsesOf(site.counter(1)).get(0).answers().keySet());
    }

    @Test
    void dontKnowIsKeptAndCountedButNeverScoredAndItemsAreScoredOnTheirOwnAnswers() {
        clock.set(Instant.parse("2049-01-15T03:00:00Z")); // half 1 of FY 2592
        questionnaireLength("SHORT", 4).statusCode(200);
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        Map<String, Integer> answered = new HashMap<>();
        int dontKnow = 0;
        int responses = 24;
        for (int i = 0; i < responses; i++) {
            Visits.Visit visit = Visits.serve(site);
            JsonPath view = survey(visit.token()).statusCode(200).extract().jsonPath();
            boolean e11 = view.getList("items.code").contains("E11");
            if (e11) {
                assertTrue(view.getList("items.find { it.code == 'E11' }.options.value").contains("DONT_KNOW"));
            }
            boolean unsure = e11 && dontKnow <= answered.getOrDefault("E11", 0);
            Map<String, String> answers = asAsked(view, Map.of("E3", "LEAST", "E11", unsure ? "DONT_KNOW" : "MUCH",
                    "OVERALL", "5"));
            answer(visit.token(), Map.of("answers", answers)).statusCode(201);
            if (unsure) {
                dontKnow++;
                answers.remove("E11");
            }
            answers.keySet().forEach(code -> answered.merge(code, 1, Integer::sum));
        }
        assertTrue(dontKnow > 0 && answered.getOrDefault("E11", 0) > 0, "E11 answered both ways: " + answered);

        JsonPath report = new JsonPath(Surveyed.reportResponse("fiscalYear=2592&half=1&servicePoint=" + site.code())
                .statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(responses, report.getInt("survey.responses.total"));
        for (String code : answered.keySet()) {
            Map<String, Object> item = report.getMap("survey.questions.items.flatten().find { it.code == '" + code + "' }");
            assertEquals(answered.get(code), ((Number) item.get("n")).intValue(), code);
        }
        Map<String, Object> e11 = report.getMap("survey.questions.items.flatten().find { it.code == 'E11' }");
        assertEquals(dontKnow, ((Number) e11.get("dontKnow")).intValue());
        assertEquals(85.0, ((Number) e11.get("score")).doubleValue(), 1e-9, "MUCH only: don't know is not scored");
        assertFalse(report.getList("survey.questions.items.flatten().find { it.code == 'E11' }.distribution.value")
                .contains("DONT_KNOW"));
        // indicator 6 = mean of E1 (100), E2 (100), E3 (0), E5 (100): item means first, never a per-response mean
        double indicator6 = report.getDouble("survey.indicators.find { it.indicator == 6 }.score");
        assertEquals(75.0, indicator6, 1e-9);
        assertNotEquals(0, report.getInt("survey.questions.find { it.code == 'OVERALL' }.n"));
        assertEquals(responses, report.getInt("survey.questions.find { it.code == 'OVERALL' }.n"));
        // every format shows the don't-know count beside the item's n
        String period = "fiscalYear=2592&half=1&servicePoint=" + site.code();
        assertTrue(Surveyed.reportResponse(period + "&format=html").statusCode(200).extract().asString()
                .contains("ไม่ทราบ/มาครั้งแรก " + dontKnow));
        assertTrue(Surveyed.reportResponse(period + "&format=csv").statusCode(200).extract().asString()
                .contains("dont_know," + answered.get("E11") + "," + dontKnow));
        Surveyed.reportResponse(period + "&format=xlsx").statusCode(200);
    }

    private static ValidatableResponse publishUnchecked(String length, int rotationItems) {
        Map<String, Object> current = admin().get(QUESTIONNAIRE).then().statusCode(200).extract().jsonPath()
                .getMap("");
        return admin().filter(UNCHECKED_REQUEST)
                .body(Map.of("items", itemsOf(current), "length", length, "rotationItems", rotationItems))
                .put(QUESTIONNAIRE).then();
    }

    private static ValidatableResponse answerPoster(String poster, Map<String, String> answers, String selection) {
        Map<String, Object> body = new HashMap<>(Map.of("answers", answers));
        if (selection != null) {
            body.put("selection", selection);
        }
        return given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0.113." + CLIENTS.incrementAndGet()).body(body)
                .post("/api/v1/surveys/posters/{p}/responses", poster).then();
    }

    /** How often each item was asked this half-year (the rotation's own counts), smallest first. */
    private List<Long> askedThisHalf() {
        String counts = "select sum(asked)::bigint from survey_item_asked where half_start = ?1 group by item_code order by 1";
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(counts, Long.class)
                .setParameter(1, ReportPeriod.halfContaining(clock.instant()).firstDay()).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> itemsOf(Map<String, Object> questionnaire) {
        return formItems((List<Map<String, Object>>) questionnaire.get("items"));
    }
}
