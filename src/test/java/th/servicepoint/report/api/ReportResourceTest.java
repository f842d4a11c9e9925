package th.servicepoint.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.REPORTS;
import static th.servicepoint.report.Surveyed.answer;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.reportResponse;
import static th.servicepoint.report.Surveyed.serve;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Who may read the report, the periods its parameters name, and what a bad request is told. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ReportResourceTest {

    /** The last second of 31 March 2048 in Bangkok: half 1 of FY 2591. */
    private static final Instant LAST_SECOND_OF_HALF_1 = Instant.parse("2048-03-31T16:59:59Z");
    /** Midnight starting 1 April 2048 in Bangkok: half 2. */
    private static final Instant HALF_2_STARTS = Instant.parse("2048-03-31T17:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void anAnswerAtTheLastSecondOfMarchIsInHalf1AndOneAtMidnightInHalf2() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        // both served on the afternoon of 31 March, Bangkok
        clock.set("2048-03-31T08:00:00Z");
        String late = serve(site, "A", 1);
        String later = serve(site, "A", 1);
        clock.set(LAST_SECOND_OF_HALF_1);
        answer(late, MIXED, null);
        clock.set(HALF_2_STARTS);
        answer(later, MIXED, null);

        String at = "&servicePoint=" + site.code();
        JsonPath half1 = report("fiscalYear=2591&half=1" + at);
        assertEquals(1, half1.getLong("survey.responses.total"));
        assertEquals(2, half1.getLong("queue.total.counts.issued"));
        JsonPath half2 = report("fiscalYear=2591&half=2" + at);
        assertEquals(1, half2.getLong("survey.responses.total"));
        assertEquals("2048-04-01", half2.getString("period.firstDay"));
        assertEquals(1, half2.getLong("survey.previous.responses"));
        JsonPath year = report("fiscalYear=2591" + at);
        assertEquals("YEAR", year.getString("period.kind"));
        assertEquals(2, year.getLong("survey.responses.total"));
        // a custom range names whole days, both included
        JsonPath march31 = report("from=2048-03-31&to=2048-03-31" + at);
        assertEquals("CUSTOM", march31.getString("period.kind"));
        assertEquals(1, march31.getLong("survey.responses.total"));
        assertEquals(2, report("from=2048-03-31&to=2048-04-01" + at).getLong("survey.responses.total"));
    }

    @Test
    void executivesAndAdministratorsOnly() {
        problem(given().filter(UNCHECKED_REQUEST).get(REPORTS + "?fiscalYear=2569&half=1").then(), 401, "UNAUTHENTICATED");
        Site site = fixtures.site().service("A").counter(1, "A").create();
        problem(clerkOf(site, 1).get(REPORTS + "?fiscalYear=2569&half=1").then(), 403, "FORBIDDEN");
        admin().get(REPORTS + "?fiscalYear=2569&half=1").then().statusCode(200).body("period.labelTh",
                equalTo("รอบ 6 เดือนแรก ปีงบประมาณ 2569 (1 ต.ค. 2568 – 31 มี.ค. 2569)"));
        reportResponse("fiscalYear=2569&half=2&format=JSON").statusCode(200).body("period.labelEn",
                equalTo("Second half of FY 2569 (1 Apr 2026 – 30 Sep 2026)"));
    }

    @Test
    void badParametersAreTold() {
        invalid("format=json", "fiscalYear");
        invalid("fiscalYear=abc", "fiscalYear");
        invalid("fiscalYear=2026&half=1", "fiscalYear");
        invalid("fiscalYear=2569&half=3", "half");
        invalid("fiscalYear=2569&half=x", "half");
        invalid("half=1", "fiscalYear");
        invalid("fiscalYear=2569&from=2026-01-01&to=2026-01-31", "from");
        invalid("from=2026-01-01", "to");
        invalid("from=1.1.2569&to=2026-01-31", "from");
        invalid("from=2026-01-31&to=2026-01-01", "to");
        invalid("from=1900-01-01&to=2026-01-01", "from");
        invalid("fiscalYear=2569&servicePoint=no-such-point", "servicePoint");
        invalid("fiscalYear=2569&format=docx", "format");
    }

    @Test
    void everyFormatComesWithItsTypeAndFileName() {
        reportResponse("fiscalYear=2569&format=xlsx").statusCode(200).contentType(ReportFormat.XLSX.mediaType())
                .header("Content-Disposition", equalTo("attachment; filename=\"executive-report-2569-year-agency.xlsx\""));
        reportResponse("from=2026-01-01&to=2026-01-31&format=CSV").statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("executive-report-2026-01-01_2026-01-31-agency.csv"));
        reportResponse("fiscalYear=2569&half=2&format=html").statusCode(200).contentType(containsString("text/html"))
                .header("Content-Disposition", containsString("inline; filename=\"executive-report-2569-h2-agency.html"));
    }

    private static void invalid(String query, String field) {
        problem(executive().filter(UNCHECKED_REQUEST).get(REPORTS + "?" + query).then(), 422, "INVALID")
                .body("errors[0].field", equalTo(field));
    }
}
