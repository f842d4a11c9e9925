package th.servicepoint.complaint;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
import static th.servicepoint.complaint.ComplaintFixtures.clerk;
import static th.servicepoint.complaint.ComplaintFixtures.file;
import static th.servicepoint.complaint.ComplaintFixtures.officer;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.common.ReportPeriod;

@QuarkusTest
class ComplaintCountsTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok")).toString();

    @Inject
    ComplaintStatistics statistics;

    @Test
    void countsEveryCategoryAndStatusWithoutContentForOfficers() {
        JsonPath before = counts(officer());
        file("CORRUPTION");
        file("CORRUPTION");
        file("UNFAIR_SERVICE");
        JsonPath after = counts(officer());

        assertEquals(9, after.getList("counts").size());
        assertEquals(2, count(after, "CORRUPTION", "RECEIVED") - count(before, "CORRUPTION", "RECEIVED"));
        assertEquals(1, count(after, "UNFAIR_SERVICE", "RECEIVED") - count(before, "UNFAIR_SERVICE", "RECEIVED"));
        assertEquals(count(before, "GENERAL", "CLOSED"), count(after, "GENERAL", "CLOSED"));
        assertFalse(after.prettify().contains("เรียกคิวคนรู้จัก"));
    }

    /**
     * An executive who counts complaints day by day, or reads the running half's report again after each filing,
     * learns nothing about corruption complaints: they appear nowhere but as one number for an ended report period.
     */
    @Test
    void executivesCannotCountCorruptionComplaintsByDayOrStatus() {
        ReportPeriod running = ReportPeriod.halfContaining(Instant.now());
        String runningHalf = "fiscalYear=" + running.fiscalYear().be() + "&half="
                + (running.kind() == ReportPeriod.Kind.HALF_1 ? 1 : 2);
        JsonPath before = counts(executive());
        long officerBefore = count(counts(officer()), "CORRUPTION", "RECEIVED");
        long dayBefore = report(executive(), "from=" + TODAY + "&to=" + TODAY).getLong("complaints.total");
        long halfBefore = report(executive(), runningHalf).getLong("complaints.total");
        file("CORRUPTION");
        JsonPath after = counts(executive());

        assertEquals(6, after.getList("counts").size());
        assertEquals(List.of(), after.getList("counts.findAll { it.category == 'CORRUPTION' }"));
        assertEquals(before.getList("counts"), after.getList("counts"));
        for (String period : List.of("from=" + TODAY + "&to=" + TODAY, runningHalf)) {
            JsonPath report = report(executive(), period);
            assertNull(report.get("complaints.corruption"), period);
            assertEquals(List.of(), report.getList("complaints.counts.findAll { it.category == 'CORRUPTION' }"));
        }
        assertEquals(dayBefore, report(executive(), "from=" + TODAY + "&to=" + TODAY).getLong("complaints.total"));
        assertEquals(halfBefore, report(executive(), runningHalf).getLong("complaints.total"));
        assertEquals(officerBefore + 1, count(counts(officer()), "CORRUPTION", "RECEIVED"), "officers still see it");
    }

    @Test
    void countsAHalfOpenRangeOfInstants() {
        Instant from = Instant.now();
        file("GENERAL");
        Instant to = Instant.now().plusSeconds(1);
        List<ComplaintCount> counts = statistics.counts(from, to, null);
        assertEquals(new ComplaintCount(ComplaintCategory.GENERAL, ComplaintStatus.RECEIVED, 1), counts.get(0));
        assertEquals(1, counts.stream().mapToLong(ComplaintCount::count).sum());
        assertEquals(0, statistics.counts(to, to.plusSeconds(60), null).stream().mapToLong(ComplaintCount::count).sum());
    }

    @Test
    void refusesABackwardRangeAndOtherRoles() {
        problem(executive().filter(UNCHECKED_REQUEST)
                .get(BASE + "/counts?from={from}&to={to}", TODAY, LocalDate.parse(TODAY).minusDays(1).toString())
                .then(), 422,
                "INVALID");
        problem(executive().filter(UNCHECKED_REQUEST).get(BASE + "/counts?from={from}", TODAY).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("to"));
        problem(executive().filter(UNCHECKED_REQUEST).get(BASE + "/counts?from=1.10.2569&to={to}", TODAY).then(), 422,
                "INVALID")
                .body("errors[0].field", equalTo("from"));
        problem(clerk().get(BASE + "/counts?from={from}&to={to}", TODAY, TODAY).then(), 403, "FORBIDDEN");
    }

    private static JsonPath counts(RequestSpecification as) {
        return as.get(BASE + "/counts?from={from}&to={to}", TODAY, TODAY).then().log().ifValidationFails()
                .statusCode(200)
                .body("from", equalTo(TODAY)).extract().jsonPath();
    }

    private static JsonPath report(RequestSpecification as, String period) {
        return as.get("/api/v1/reports?" + period).then().log().ifValidationFails().statusCode(200).extract()
                .jsonPath();
    }

    private static long count(JsonPath counts, String category, String status) {
        return counts.getLong("counts.find { it.category == '" + category + "' && it.status == '" + status
                + "' }.count");
    }
}
