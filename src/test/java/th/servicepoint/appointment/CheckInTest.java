package th.servicepoint.appointment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static th.servicepoint.appointment.BookingTest.MONDAY_7AM;
import static th.servicepoint.appointment.BookingTest.TUESDAY_9AM;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Appointments.bookable;
import static th.servicepoint.support.Appointments.booked;
import static th.servicepoint.support.Appointments.checkIn;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Checking in at the kiosk and the counter: the ticket, and every answer that is not one. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class CheckInTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void monday() {
        clock.set(MONDAY_7AM);
    }

    private Site office() {
        Site site = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", false)
                .cappedService("A", 1).counter(1, "A").create();
        bookable(site.services().get("A"), 30, 0);
        return site;
    }

    @Test
    void theKioskChecksInAnAppointmentOnTimeAndItsTicketCarriesTheSlot() {
        Site site = office();
        String code = booked(site, "A", TUESDAY_9AM);
        clock.set(TUESDAY_9AM.minus(Duration.ofMinutes(20)));
        Api.issue(site, "A"); // the daily cap of 1 is taken: an appointment's place does not depend on it
        // what a scanner types: the page address in the QR
        checkIn(site, "https://example.org/book/#" + code.replace("-", "")).statusCode(201)
                .body("channel", equalTo("APPOINTMENT")).body("number", equalTo("A002"))
                .body("trackingUrl", containsString("/ticket/?t=")).body("status", equalTo("WAITING"));
        RestAssured.get("/api/v1/appointments/{c}", code).then().body("status", equalTo("CHECKED_IN"))
                .body("ticketNumber", equalTo("A002"));
        problem(checkIn(site, code), 409, "ALREADY_CHECKED_IN");
    }

    @Test
    void aClerkChecksInAtTheCounterWithoutGettingTheTicketsPage() {
        Site site = office();
        String code = booked(site, "A", TUESDAY_9AM);
        clock.set(TUESDAY_9AM.plus(Duration.ofMinutes(10)));
        Api.clerkOf(site, 1).body(Map.of("code", code)).post("/api/v1/service-points/{sp}/check-ins", site.code())
                .then().statusCode(201).body("channel", equalTo("APPOINTMENT")).body("trackingToken", nullValue())
                .body("trackingUrl", nullValue()).body("number", notNullValue());
    }

    @Test
    void tooEarlyTooLateCancelledOrElsewhereAreToldWhatToDo() {
        Site site = office();
        Site other = office();
        String early = booked(site, "A", TUESDAY_9AM);
        clock.set(TUESDAY_9AM.minus(Duration.ofMinutes(31)));
        problem(checkIn(site, early), 409, "TOO_EARLY").body("detailTh", containsString("08:30"))
                .body("detail", containsString("08:30"));
        clock.set(MONDAY_7AM);
        problem(checkIn(site, early), 409, "TOO_EARLY").body("detail", containsString("5 Mar 2030"));

        problem(checkIn(other, early), 409, "WRONG_SERVICE_POINT");
        String cancelled = booked(site, "A", TUESDAY_9AM.plus(Duration.ofHours(1)));
        RestAssured.post("/api/v1/appointments/{c}/cancel", cancelled).then().statusCode(200);
        problem(checkIn(site, cancelled), 409, "APPOINTMENT_CANCELLED");

        clock.set(TUESDAY_9AM.plus(Duration.ofMinutes(16)));
        problem(checkIn(site, early), 409, "TOO_LATE").body("detailTh", containsString("15 นาที"));
        problem(checkIn(site, "no such code"), 404, "APPOINTMENT_NOT_FOUND");
        problem(Api.device(other.kioskKey()).body(Map.of("code", early))
                .post("/api/v1/service-points/{sp}/check-ins", site.code()).then(), 403, "FORBIDDEN");
    }

    @Test
    void staffSeeTheDayAndMarkWhoDidNotComeOnceTheGraceIsOver() {
        Site site = office();
        String missed = booked(site, "A", TUESDAY_9AM);
        booked(site, "A", TUESDAY_9AM.plus(Duration.ofMinutes(30)));
        long id = Api.clerkOf(site, 1).get("/api/v1/service-points/{sp}/appointments?date=2030-03-05", site.code())
                .then().statusCode(200).body("size()", equalTo(2)).body("[0].status", equalTo("BOOKED"))
                .body("[0].codeEnd", equalTo(missed.substring(10))).extract().jsonPath().getLong("[0].id");
        clock.set(TUESDAY_9AM.plus(Duration.ofMinutes(15)));
        problem(Api.clerkOf(site, 1).post("/api/v1/service-points/{sp}/appointments/{id}/no-show", site.code(), id)
                .then(), 409, "NOT_YET_MISSED");
        clock.set(TUESDAY_9AM.plus(Duration.ofMinutes(16)));
        Api.clerkOf(site, 1).post("/api/v1/service-points/{sp}/appointments/{id}/no-show", site.code(), id).then()
                .statusCode(200).body("status", equalTo("NO_SHOW"));
        problem(Api.clerkOf(site, 1).post("/api/v1/service-points/{sp}/appointments/{id}/no-show", site.code(), id)
                .then(), 409, "APPOINTMENT_STATE");
        problem(checkIn(site, missed), 409, "TOO_LATE");
        RestAssured.get("/api/v1/appointments/{c}", missed).then().body("status", equalTo("NO_SHOW"));
    }
}
