package th.servicepoint.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.BEST;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.REPORTS;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.openCounter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.queue.QueueDayFold;
import th.servicepoint.security.Role;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * A fiscal half that is over and folded is kept once, and its report reads the kept figures: the same report as
 * computed, for the agency and for each service point, and the next half compares with the kept total.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class KeptHalvesTest {

    /** FY 2569 half 2, April – September 2026: before the tests' own days, after no other test's. */
    private static final ReportPeriod HALF = ReportPeriod.half(FiscalYear.of(2569), 2);
    private static final String QUERY = "fiscalYear=2569&half=2";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    QueueDayFold fold;
    @Inject
    KeptHalves halves;
    @Inject
    HalfKeeping keeping;
    @Inject
    EntityManager entityManager;

    /**
     * The fold marks every service point, and the schedule keeps every agency's halves: other tests' days are not
     * theirs to read from tallies or kept figures.
     */
    @AfterEach
    void forgetTheFoldAndTheKeptHalves() {
        QuarkusTransaction.requiringNew()
                .run(() -> List.of("kept_half_report", "queue_month_minutes", "queue_month_fold", "queue_day_minutes",
                        "queue_day_tally", "queue_fold")
                        .forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate()));
    }

    @Test
    void aClosedHalfIsKeptOnceAndItsReportReadsWhatWasKept() {
        long agency = agencyAskingEveryQuestion();
        String executive = fixtures.inAgency(agency).user(Fixtures.unique("exec"), Role.EXECUTIVE);
        clock.set("2026-05-12T03:00:00Z");
        Site site = fixtures.inAgency(agency).site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        serveAndAnswer(site, "A", 1, MIXED, "บริการรวดเร็ว");
        serveAndAnswer(site, "A", 1, BEST, null);
        clock.set("2026-09-30T03:00:00Z");
        serveAndAnswer(site, "A", 1, BEST, "ขอบคุณครับ");

        assertFalse(keep(agency), "the half is not over");
        clock.set("2026-10-01T03:00:00Z");
        assertFalse(keep(agency), "30 September is not folded yet");
        body(executive, QUERY);
        assertEquals(0, keptRows(agency), "nor kept by a report");

        fold.foldEndedDays();
        // the first report of each scope computes its figures and keeps them; the next reads them, the same report
        String agencyReport = body(executive, QUERY);
        assertEquals(1, keptRows(agency));
        assertEquals(agencyReport, body(executive, QUERY));
        String servicePointReport = body(executive, QUERY + "&servicePoint=" + site.code());
        assertEquals(2, keptRows(agency));
        assertEquals(servicePointReport, body(executive, QUERY + "&servicePoint=" + site.code()));
        assertEquals(3, new JsonPath(agencyReport).getLong("survey.responses.total"));
        assertTrue(keep(agency), "kept already: nothing to add");
        assertEquals(2, keptRows(agency));
        AgencyScope scope = AgencyScope.of(agency);
        PeriodFigures computed = Installation.in(scope, () -> halves.compute(HALF, site.id()));
        assertEquals(computed, Installation.in(scope, () -> halves.kept(HALF, site.id())).orElseThrow(),
                "the kept figures read back as computed");

        // what the report reads is the kept row: changed behind its back, the report shows the change
        Installation.read(() -> entityManager.createNativeQuery("""
                update kept_half_report
                set figures = cast(jsonb_set(cast(figures as jsonb), '{tallies,responses}', '99') as json)
                where agency_id = ?1 and service_point_id is null
                """).setParameter(1, agency).executeUpdate());
        assertEquals(99, report(executive, QUERY).getLong("survey.responses.total"));
        assertEquals(99, report(executive, "fiscalYear=2570&half=1").getLong("survey.previous.responses"),
                "the next half compares with the kept total");
        assertEquals(3, report(executive, QUERY + "&servicePoint=" + site.code()).getLong("survey.responses.total"));
    }

    @Test
    void theScheduleKeepsTheHalvesThatEndedForEveryAgency() {
        long agency = agencyAskingEveryQuestion();
        clock.set("2026-08-03T03:00:00Z");
        Site site = fixtures.inAgency(agency).site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        serveAndAnswer(site, "A", 1, MIXED, null);
        clock.set("2026-10-02T03:00:00Z");
        fold.foldEndedDays();

        assertTrue(keeping.keepEnded() >= 1);
        assertEquals(2, keptRows(agency));
        assertTrue(Installation.in(AgencyScope.of(agency), () -> halves.kept(HALF, site.id())).isPresent());
        assertEquals(0, keeping.keepEnded(), "nothing left to keep");
    }

    /** A new agency whose citizens are asked every question, as the answers here give them all. */
    private long agencyAskingEveryQuestion() {
        long agency = Agencies.create(Fixtures.unique("sao"));
        String admin = fixtures.inAgency(agency).admin();
        String questionnaire = "/api/v1/admin/questionnaires/current";
        List<Map<String, Object>> items = as(admin).get(questionnaire).then().statusCode(200).extract().jsonPath()
                .getList("items");
        as(admin).body(Map.of("items", Api.formItems(items), "length", "FULL")).put(questionnaire).then()
                .statusCode(200);
        return agency;
    }

    private boolean keep(long agency) {
        return AgencyScopes.call(AgencyScope.of(agency), () -> halves.keep(HALF));
    }

    private long keptRows(long agency) {
        return Installation.read(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from kept_half_report where agency_id = ?1 and first_day = ?2
                """).setParameter(1, agency).setParameter(2, LocalDate.of(2026, 4, 1)).getSingleResult()).longValue());
    }

    private static JsonPath report(String executive, String query) {
        return new JsonPath(body(executive, query));
    }

    private static String body(String executive, String query) {
        return as(executive).get(REPORTS + "?" + query).then().statusCode(200).extract().asString();
    }
}
