package th.servicepoint.appointment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * An agency's administrator lists its closed days (public holidays) a year at a time; no slot is offered on them, in
 * that agency only. Each test has an agency of its own, so its lists are nobody else's.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ClosedDaysTest {

    private static final String CLOSED_DAYS = "/api/v1/admin/closed-days";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void aYearsListIsReplacedKeptInDateOrderAndAudited() {
        String admin = newAgencyAdmin();
        as(admin).body(year(2071, day("2071-04-13", "วันสงกรานต์", "Songkran"), day("2071-01-01", "วันขึ้นปีใหม่", "")))
                .put(CLOSED_DAYS).then().statusCode(200).body("year", equalTo(2071))
                .body("days.day", contains("2071-01-01", "2071-04-13"));

        as(admin).body(year(2071, day("2071-01-01", "วันขึ้นปีใหม่", "New Year's Day"),
                day("2071-05-04", "วันฉัตรมงคล", "Coronation Day"))).put(CLOSED_DAYS).then().statusCode(200);

        as(admin).queryParam("year", 2071).get(CLOSED_DAYS).then().statusCode(200)
                .body("days.day", contains("2071-01-01", "2071-05-04"))
                .body("days.nameEn", contains("New Year's Day", "Coronation Day"))
                .body("days.nameTh", contains("วันขึ้นปีใหม่", "วันฉัตรมงคล"));
        as(admin).queryParam("year", 2072).get(CLOSED_DAYS).then().statusCode(200).body("days", empty());
        assertEquals(1, audit(admin, "2071: 2 closed days; added 2071-05-04; removed 2071-04-13"));
        Api.admin().queryParam("year", 2071).get(CLOSED_DAYS).then().statusCode(200)
                .body("days.day", not(hasItems("2071-05-04")));
    }

    @Test
    void aClosedDayOffersNoSlotsInItsAgencyOnly() {
        clock.set("2073-04-10T01:00:00Z"); // 08:00 in Bangkok
        String admin = newAgencyAdmin();
        Site theirs = fixtures.inAgency(agencyOf(admin)).site().service("A", 10).counter(1, "A").create();
        Booked.open(as(admin), theirs);
        Site ours = fixtures.site().service("A", 10).counter(1, "A").create();
        Booked.open(Api.admin(), ours);
        LocalDate songkran = LocalDate.parse("2073-04-13");
        assertFalse(Booked.slots(theirs, songkran).isEmpty(), "an open day has slots before it is closed");

        as(admin).body(year(2073, day("2073-04-13", "วันสงกรานต์", "Songkran"))).put(CLOSED_DAYS).then()
                .statusCode(200);

        assertEquals(List.of(), Booked.slots(theirs, songkran));
        problem(Booked.book(theirs, Instant.parse("2073-04-13T03:00:00Z"), Booked.device(), null), 422,
                "INVALID").body("errors.field", hasItems("start"));
        assertFalse(Booked.slots(ours, songkran).isEmpty(), "another agency's holidays close nothing here");
        assertFalse(Booked.slots(theirs, songkran.plusDays(1)).isEmpty());
    }

    @Test
    void eachBadRowIsNamedAndNothingIsSaved() {
        String admin = newAgencyAdmin();
        as(admin).body(year(2074, day("2074-12-05", "วันพ่อแห่งชาติ", "Father's Day"))).put(CLOSED_DAYS).then()
                .statusCode(200);

        problem(as(admin).body(year(2074, day("2075-01-01", "วันขึ้นปีใหม่", ""), day("2074-12-10", " ", ""),
                day("2074-12-31", "วันสิ้นปี", ""), day("2074-12-31", "วันสิ้นปี", ""), day(null, "วันหยุด", "")))
                .put(CLOSED_DAYS).then(), 422, "INVALID")
                .body("errors.field", contains("days[0].day", "days[1].nameTh", "days[3].day", "days[4].day"))
                .body("errors[0].messageTh", containsString("พ.ศ. 2617"))
                .body("errors[2].message", equalTo("2074-12-31 is listed twice"));
        problem(as(admin).filter(UNCHECKED_REQUEST).body(Map.of("year", 1999, "days", List.of())).put(CLOSED_DAYS)
                .then(), 422, "INVALID").body("errors.field", hasItems("year"));
        problem(as(admin).filter(UNCHECKED_REQUEST).get(CLOSED_DAYS).then(), 422, "INVALID");

        as(admin).queryParam("year", 2074).get(CLOSED_DAYS).then().statusCode(200)
                .body("days.day", contains("2074-12-05"));
    }

    @Test
    void aClerkCanNeitherReadNorChangeTheList() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        problem(clerkOf(site, 1).queryParam("year", 2071).get(CLOSED_DAYS).then(), 403, "FORBIDDEN");
        problem(clerkOf(site, 1).body(year(2071, day("2071-01-01", "วันขึ้นปีใหม่", ""))).put(CLOSED_DAYS).then(), 403,
                "FORBIDDEN");
    }

    private String newAgencyAdmin() {
        long agency = Agencies.create(Fixtures.unique("sao"));
        return fixtures.inAgency(agency).admin();
    }

    private static long agencyOf(String username) {
        return Agencies.ofUser(username);
    }

    static Map<String, Object> year(int year, Map<?, ?>... days) {
        return Map.of("year", year, "days", List.of(days));
    }

    static Map<String, Object> day(String day, String nameTh, String nameEn) {
        Map<String, Object> row = new HashMap<>();
        row.put("day", day);
        row.put("nameTh", nameTh);
        row.put("nameEn", nameEn);
        return row;
    }

    private static long audit(String actor, String detail) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'CLOSED_DAYS' and actor = ?1 and detail = ?2 and userId is not null", actor, detail));
    }
}
