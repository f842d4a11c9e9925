package th.servicepoint.survey;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.survey.Visits.ALL_ANSWERED;
import static th.servicepoint.survey.Visits.answer;
import static th.servicepoint.survey.Visits.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Fixtures.StoredResponse;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** A served citizen rates the service once, through the link the completed ticket gives them. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class SurveyTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
    }

    @Test
    void aServedCitizenRatesTheServiceOnce() {
        Visits.Visit visit = Visits.serve(site);
        assertTrue(visit.surveyUrl().startsWith("http://localhost:8080/survey/?t="), visit.surveyUrl());
        assertEquals(visit.surveyUrl(), publicStatus(visit.trackingToken()).getString("surveyUrl"));

        JsonPath shown = survey(visit.token()).statusCode(200).body("mode", equalTo("INVITED"))
                .body("service.prefix", equalTo("A")).body("service.name", equalTo("งาน A"))
                .body("counter.number", equalTo(1)).body("servicePoint.code", equalTo(site.code()))
                .body("comment.maxLength", equalTo(1000))
                .body("items.code", hasItems("E1", "E1.1", "E1.2", "E2", "E3", "E5", "E6", "E6.1", "E6.2", "E9",
                        "E11", "E12", "E14", "E15", "OVERALL"))
                .body("items.find { it.code == 'E1' }.options", empty())
                .body("items.find { it.code == 'E1.1' }.parent", equalTo("E1"))
                .body("items.find { it.code == 'E1.1' }.indicator", equalTo(6))
                .body("items.find { it.code == 'E1.1' }.required", equalTo(true))
                .body("items.find { it.code == 'E1.1' }.options.value",
                        equalTo(List.of("MOST", "MUCH", "LITTLE", "LEAST")))
                .body("items.find { it.code == 'E1.1' }.options.points", equalTo(List.of(100, 85, 50, 0)))
                .body("items.find { it.code == 'E1.1' }.options.labelTh",
                        equalTo(List.of("มากที่สุด", "มาก", "น้อย", "น้อยที่สุดหรือไม่มีเลย")))
                .body("items.find { it.code == 'OVERALL' }.options.value",
                        equalTo(List.of("5", "4", "3", "2", "1")))
                .extract().jsonPath();
        int version = shown.getInt("version");

        answer(visit.token(), ALL_ANSWERED, "ขอบคุณค่ะ <b>บริการดี</b>").statusCode(201)
                .body("thanksTh", not(nullValue())).body("thanks", not(nullValue()));

        List<StoredResponse> stored = fixtures.responsesOf(visit.ticketId());
        assertEquals(1, stored.size());
        StoredResponse response = stored.get(0);
        assertEquals(ResponseMode.INVITED, response.mode());
        assertEquals(site.counter(1), response.counterId());
        assertEquals(site.clerk(1), response.clerk());
        assertEquals(version, response.version());
        assertEquals(ALL_ANSWERED, response.answers());
        assertEquals(100, response.points().get("E1.1"));
        assertEquals(85, response.points().get("E1.2"));
        assertEquals(50, response.points().get("E3"));
        assertEquals(0, response.points().get("E5"));
        assertEquals(5, response.points().get("OVERALL"));
        assertEquals("ขอบคุณค่ะ <b>บริการดี</b>", response.comment());

        assertNull(publicStatus(visit.trackingToken()).getString("surveyUrl"), "answered: no link any more");
        problem(survey(visit.token()), 409, "SURVEY_ANSWERED");
        problem(answer(visit.token(), ALL_ANSWERED, null), 409, "SURVEY_ANSWERED");
        assertEquals(1, fixtures.responsesOf(visit.ticketId()).size());
    }

    @Test
    void onlyACompletedTicketHasASurveyLink() {
        String token = issue(site, "A").getString("trackingToken");
        assertNull(publicStatus(token).getString("surveyUrl"));
    }

    @Test
    void fiftySubmissionsAtOnceStoreOneResponse() throws Exception {
        Visits.Visit visit = Visits.serve(site);
        int submissions = 50;
        ExecutorService pool = Executors.newFixedThreadPool(submissions);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return answer(visit.token(), ALL_ANSWERED, null).extract().statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> counts = new HashMap<>();
            for (Future<Integer> status : statuses) {
                counts.merge(status.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, submissions - 1), counts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fixtures.responsesOf(visit.ticketId()).size());
    }

    @Test
    void everyBadAnswerIsNamedAndNothingIsStored() {
        Visits.Visit visit = Visits.serve(site);
        Map<String, String> answers = new HashMap<>(ALL_ANSWERED);
        answers.remove("E2");
        answers.put("E1", "MOST");
        answers.put("E99", "MOST");
        answers.put("E3", "BEST");
        answers.put("OVERALL", "6");
        problem(answer(visit.token(), answers, null), 422, "INVALID")
                .body("errors.field", containsInAnyOrder("answers.E2", "answers.E1", "answers.E99", "answers.E3",
                        "answers.OVERALL"))
                .body("errors.find { it.field == 'answers.E1' }.message", startsWith("E1 is a heading"))
                .body("errors.find { it.field == 'answers.E3' }.messageTh", not(nullValue()));
        problem(answer(visit.token(), Map.of()), 422, "INVALID").body("errors.size()", equalTo(13));
        problem(answer(visit.token(), ALL_ANSWERED, "ก".repeat(1001)), 422, "INVALID")
                .body("errors.field", equalTo(List.of("comment")));
        assertTrue(fixtures.responsesOf(visit.ticketId()).isEmpty());

        answer(visit.token(), ALL_ANSWERED, "ก".repeat(1000)).statusCode(201);
    }

    @Test
    void anUnknownTokenIsNotFound() {
        problem(survey("no-such-token"), 404, "SURVEY_NOT_FOUND");
        problem(answer("no-such-token", ALL_ANSWERED, null), 404, "SURVEY_NOT_FOUND");
    }

    @Test
    void theLinkClosesThreeDaysAfterTheService() {
        clock.set("2031-05-01T03:00:00Z");
        Visits.Visit visit = Visits.serve(site);
        clock.set("2031-05-04T02:59:00Z");
        assertEquals(visit.surveyUrl(), publicStatus(visit.trackingToken()).getString("surveyUrl"));
        survey(visit.token()).statusCode(200);

        clock.set("2031-05-04T03:01:00Z");
        assertNull(publicStatus(visit.trackingToken()).getString("surveyUrl"));
        problem(survey(visit.token()), 410, "SURVEY_EXPIRED");
        problem(answer(visit.token(), ALL_ANSWERED, null), 410, "SURVEY_EXPIRED");
        assertTrue(fixtures.responsesOf(visit.ticketId()).isEmpty());
    }
}
