package th.servicepoint.report.aggregate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.BEST;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.answer;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.reportResponse;
import static th.servicepoint.report.Surveyed.serve;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import th.servicepoint.complaint.Complaint;
import th.servicepoint.retention.DataRetention;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** The data retention purge removes tokens and contacts, never a figure: a past period reports the same after it. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ReportAfterRetentionTest {

    /** Half 1 of FY 2615 (October 2071 – March 2072), a period no other test uses. */
    private static final String HALF = "fiscalYear=2615&half=1";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    DataRetention retention;

    @Test
    void aPastHalfYearReportsTheSameFiguresAfterThePurge() {
        clock.set("2072-01-14T03:00:00Z");
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        answer(serve(site, "A", 1), MIXED, "รวดเร็วดี");
        answer(serve(site, "A", 1), BEST, null);
        String noShowToken = issue(site, "A", "ELDERLY").getString("trackingToken");
        long noShow = callNext(site, 1).getLong("id");
        act(site, 1, noShow, "no-show").statusCode(200);
        String closed = file(site, "081-444-4444");
        as("officer", "officer").body(Map.of("status", "CLOSED", "publicAnswer", "ปรับปรุงแล้ว"))
                .post("/api/v1/complaints/{id}/status", closed).then().statusCode(200);
        file(site, "081-555-5555");

        clock.set("2073-03-01T03:00:00Z"); // past both periods: 411 days after the complaint was closed
        String query = HALF + "&servicePoint=" + site.code();
        List<String> before = reports(query);

        DataRetention.Purged purged = retention.purge();
        assertTrue(purged.trackingTokens() >= 3 && purged.surveyTokens() >= 2 && purged.complaintContacts() >= 1);
        problem(given().get("/api/v1/tickets/{token}", noShowToken).then(), 404, "TICKET_NOT_FOUND");
        as("officer", "officer").get("/api/v1/complaints/{id}", closed).then().statusCode(200)
                .body("contact", nullValue());

        assertEquals(before, reports(query), "JSON, CSV and the fiscal year's JSON, as before");
        JsonPath half = report(query);
        assertEquals(3, half.getLong("queue.total.counts.issued"));
        assertEquals(2, half.getLong("queue.total.counts.served"));
        assertEquals(1, half.getLong("queue.total.counts.noShow"));
        assertEquals(2, half.getLong("survey.responses.total"));
        assertEquals(2, half.getLong("complaints.total"));
    }

    /** The half's report as JSON and CSV, and the fiscal year's as JSON, all read at the clock's instant. */
    private static List<String> reports(String query) {
        return List.of(body(query), body(query + "&format=csv"),
                body(query.replace("&half=1", "")));
    }

    private static String body(String query) {
        return reportResponse(query).statusCode(200).extract().asString();
    }

    /** An unfair-service complaint naming the site, with a contact; returns its staff reference. */
    private static String file(Site site, String contact) {
        String code = given().contentType(ContentType.JSON)
                .body(Map.of("category", "UNFAIR_SERVICE", "text", "ไม่ได้รับบริการตามลำดับ", "contact", contact,
                        "servicePoint", site.code()))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("trackingCode");
        return QuarkusTransaction.requiringNew()
                .call(() -> Complaint.<Complaint> find("trackingCode", code).firstResult().reference);
    }
}
