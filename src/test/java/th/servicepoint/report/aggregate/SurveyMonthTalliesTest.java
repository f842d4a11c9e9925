package th.servicepoint.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.servicepoint.report.Surveyed.BEST;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.answerPoster;
import static th.servicepoint.report.Surveyed.poster;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.openCounter;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * A period of whole months is counted from the month tallies the database keeps (V13), any other range from the
 * answers: both must give the same report.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class SurveyMonthTalliesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entityManager;

    @Test
    void wholeMonthsFromTheTalliesAgreeWithTheAnswersCountedOneByOne() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A", "B").counter(2, "A").create();
        openCounter(site, 1);
        openCounter(site, 2);
        String posterToken = poster(site, 2);
        clock.set("2052-11-10T03:00:00Z");
        serveAndAnswer(site, "A", 1, MIXED, "รอนานไปหน่อย");
        serveAndAnswer(site, "B", 1, BEST, null);
        serveAndAnswer(site, "A", 2, MIXED, null);
        answerPoster(posterToken, BEST, null);
        clock.set("2052-11-20T09:00:00Z");
        serveAndAnswer(site, "A", 1, BEST, null);
        serveAndAnswer(site, "B", 1, MIXED, "ดีมาก");
        // answered on 1 December in Bangkok: in neither range
        clock.set("2052-11-30T17:00:00Z");
        serveAndAnswer(site, "A", 2, BEST, null);

        String at = "&servicePoint=" + site.code();
        JsonPath months = report("from=2052-11-01&to=2052-11-30" + at);
        JsonPath days = report("from=2052-11-02&to=2052-11-29" + at);
        assertEquals(6, months.getLong("survey.responses.total"));
        assertEquals(1, months.getLong("survey.responses.open"));
        for (String part : new String[] { "survey.responses", "survey.questions", "survey.indicators",
                "survey.projectedEit", "survey.belowTarget", "breakdowns" }) {
            Object counted = days.get(part);
            assertEquals(counted, months.get(part), part);
        }
        assertEquals(1, report("from=2052-12-01&to=2052-12-31" + at).getLong("survey.responses.total"));
    }

    @Test
    void answersAreNeverChangedOrDeletedSoTheTalliesStayExact() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        serveAndAnswer(site, "A", 1, MIXED, null);
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery("update survey_answer set points = 0").executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery("delete from survey_response").executeUpdate()));
    }
}
