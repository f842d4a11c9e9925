package th.servicepoint.appointment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * An agency's administrator sets how many missed appointments block a phone from booking; the rule blocks after that
 * many, and only then. Each test has an agency of its own: the rule is agency-wide.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class BookingRulesTest {

    private static final String RULES = "/api/v1/admin/booking-rules";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void theRuleIsOffUntilSetAndItsChangeIsAudited() {
        String admin = newAgencyAdmin();
        as(admin).get(RULES).then().statusCode(200).body("noShowLimit", nullValue()).body("blockDays", equalTo(30));

        as(admin).body(rules(3, 14)).put(RULES).then().statusCode(200).body("noShowLimit", equalTo(3))
                .body("blockDays", equalTo(14));
        as(admin).get(RULES).then().statusCode(200).body("noShowLimit", equalTo(3)).body("blockDays", equalTo(14));
        as(admin).body(rules(null, 14)).put(RULES).then().statusCode(200).body("noShowLimit", nullValue());

        assertEquals(1, audit(admin, "block after 3 no-shows in 14 days"));
        assertEquals(1, audit(admin, "no-show block off"));
    }

    @Test
    void aRuleOutOfRangeIsNamedAndNotSaved() {
        String admin = newAgencyAdmin();
        problem(as(admin).filter(UNCHECKED_REQUEST).body(rules(0, 366)).put(RULES).then(), 422, "INVALID")
                .body("errors.field", hasItems("noShowLimit", "blockDays"));
        problem(as(admin).filter(UNCHECKED_REQUEST).body(rules(21, null)).put(RULES).then(), 422, "INVALID")
                .body("errors.field", hasItems("noShowLimit", "blockDays"));
        as(admin).get(RULES).then().statusCode(200).body("noShowLimit", nullValue()).body("blockDays", equalTo(30));
    }

    @Test
    void aClerkCanNeitherReadNorChangeTheRule() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        problem(clerkOf(site, 1).get(RULES).then(), 403, "FORBIDDEN");
        problem(clerkOf(site, 1).body(rules(1, 30)).put(RULES).then(), 403, "FORBIDDEN");
    }

    @Test
    void aPhoneThatMissedTwoAppointmentsIsBlockedUntilTheRuleIsLifted() {
        clock.set("2072-05-02T01:00:00Z"); // 08:00 in Bangkok
        String admin = newAgencyAdmin();
        Site site = fixtures.inAgency(Agencies.ofUser(admin)).site().service("A", 10).counter(1, "A").create();
        Booked.open(as(admin), site);
        as(admin).body(rules(2, 30)).put(RULES).then().statusCode(200);
        String phone = Booked.device();
        Booked.book(site, Instant.parse("2072-05-02T02:00:00Z"), phone, null).statusCode(201); // 09:00
        Booked.book(site, Instant.parse("2072-05-02T03:00:00Z"), phone, null).statusCode(201); // 10:00

        clock.set("2072-05-02T03:10:00Z"); // the 10:00 one may still check in: it cannot be marked missed yet
        long first = idAt(admin, site, "2072-05-02T02:00:00Z");
        long second = idAt(admin, site, "2072-05-02T03:00:00Z");
        noShow(admin, site, first).statusCode(200).body("status", equalTo("NO_SHOW"));
        problem(noShow(admin, site, second), 409, "NOT_YET_MISSED");
        Booked.book(site, Instant.parse("2072-05-02T06:00:00Z"), phone, null).statusCode(201); // one miss: still fine

        clock.set("2072-05-02T03:20:00Z");
        noShow(admin, site, second).statusCode(200);
        problem(Booked.book(site, Instant.parse("2072-05-02T07:00:00Z"), phone, null), 409, "BOOKING_BLOCKED")
                .body("detail", containsString("You missed 2 appointments in the last 30 days"))
                .body("detail", containsString("1 Jun 2072"))
                .body("detailTh", containsString("ไม่มาตามนัดหมาย 2 ครั้ง"));
        Booked.book(site, Instant.parse("2072-05-02T07:00:00Z"), Booked.device(), null).statusCode(201);

        as(admin).body(rules(null, 30)).put(RULES).then().statusCode(200);
        Booked.book(site, Instant.parse("2072-05-02T08:00:00Z"), phone, null).statusCode(201);
    }

    private String newAgencyAdmin() {
        return fixtures.inAgency(Agencies.create(Fixtures.unique("sao"))).admin();
    }

    /** The id of the day's booking of this slot, from the staff list. */
    private static long idAt(String admin, Site site, String start) {
        return as(admin).queryParam("date", start.substring(0, 10))
                .get("/api/v1/service-points/{sp}/appointments", site.code()).then().statusCode(200).extract()
                .jsonPath().getLong("find { it.start == '" + start + "' }.id");
    }

    private static ValidatableResponse noShow(String admin, Site site, long id) {
        return as(admin).post("/api/v1/service-points/{sp}/appointments/{id}/no-show", site.code(), id).then();
    }

    private static Map<String, Object> rules(Integer limit, Integer days) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("noShowLimit", limit);
        rules.put("blockDays", days);
        return rules;
    }

    private static long audit(String actor, String detail) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'BOOKING_RULES' and actor = ?1 and detail = ?2 and userId is not null", actor, detail));
    }
}
