package th.servicepoint.complaint;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
import static th.servicepoint.complaint.ComplaintFixtures.clerk;
import static th.servicepoint.complaint.ComplaintFixtures.executive;
import static th.servicepoint.complaint.ComplaintFixtures.file;
import static th.servicepoint.support.Api.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ComplaintCountsTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok")).toString();

    @Inject
    ComplaintStatistics statistics;

    @Test
    void countsEveryCategoryAndStatusWithoutContent() {
        JsonPath before = counts();
        file("CORRUPTION");
        file("CORRUPTION");
        file("UNFAIR_SERVICE");
        JsonPath after = counts();

        assertEquals(9, after.getList("counts").size());
        assertEquals(2, count(after, "CORRUPTION", "RECEIVED") - count(before, "CORRUPTION", "RECEIVED"));
        assertEquals(1, count(after, "UNFAIR_SERVICE", "RECEIVED") - count(before, "UNFAIR_SERVICE", "RECEIVED"));
        assertEquals(count(before, "GENERAL", "CLOSED"), count(after, "GENERAL", "CLOSED"));
    }

    @Test
    void countsAHalfOpenRangeOfInstants() {
        Instant from = Instant.now();
        file("GENERAL");
        Instant to = Instant.now().plusSeconds(1);
        List<ComplaintCount> counts = statistics.counts(from, to);
        assertEquals(new ComplaintCount(ComplaintCategory.GENERAL, ComplaintStatus.RECEIVED, 1), counts.get(0));
        assertEquals(1, counts.stream().mapToLong(ComplaintCount::count).sum());
        assertEquals(0, statistics.counts(to, to.plusSeconds(60)).stream().mapToLong(ComplaintCount::count).sum());
    }

    @Test
    void refusesABackwardRangeAndOtherRoles() {
        problem(executive().get(BASE + "/counts?from={from}&to={to}", TODAY, LocalDate.parse(TODAY).minusDays(1).toString())
                .then(), 422,
                "INVALID");
        problem(executive().get(BASE + "/counts?from={from}", TODAY).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("to"));
        problem(executive().get(BASE + "/counts?from=1.10.2569&to={to}", TODAY).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("from"));
        problem(clerk().get(BASE + "/counts?from={from}&to={to}", TODAY, TODAY).then(), 403, "FORBIDDEN");
    }

    private static JsonPath counts() {
        return executive().get(BASE + "/counts?from={from}&to={to}", TODAY, TODAY).then().log().ifValidationFails()
                .statusCode(200)
                .body("from", equalTo(TODAY)).extract().jsonPath();
    }

    private static long count(JsonPath counts, String category, String status) {
        return counts.getLong("counts.find { it.category == '" + category + "' && it.status == '" + status
                + "' }.count");
    }
}
