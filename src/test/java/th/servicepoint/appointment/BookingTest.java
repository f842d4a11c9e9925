package th.servicepoint.appointment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Appointments.book;
import static th.servicepoint.support.Appointments.bookable;
import static th.servicepoint.support.Appointments.booked;
import static th.servicepoint.support.Appointments.newDevice;
import static th.servicepoint.support.Appointments.slots;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Booking through the API: slots, booking, cancelling, and every refusal. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class BookingTest {

    /** Monday 4 March 2030, 07:00 in Bangkok. */
    static final Instant MONDAY_7AM = Instant.parse("2030-03-04T00:00:00Z");
    /** Tuesday 5 March 2030, 09:00 in Bangkok. */
    static final Instant TUESDAY_9AM = Instant.parse("2030-03-05T02:00:00Z");
    static final String TUESDAY = "2030-03-05";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entityManager;

    @BeforeEach
    void monday() {
        clock.set(MONDAY_7AM);
    }

    /** Weekdays 08:30–16:30, service A (30-minute steps) at one counter, booking open with no walk-in share. */
    Site office() {
        Site site = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", false)
                .service("A", 30).service("B", 10).counter(1, "A", "B").create();
        bookable(site.services().get("A"), null, 0);
        return site;
    }

    @Test
    void aBookedSlotIsTakenUntilItIsCancelled() {
        Site site = office();
        slots(site, "A", TUESDAY).statusCode(200).body("", hasSize(16)).body("[0].start", equalTo("2030-03-05T01:30:00Z"))
                .body("[1].remaining", equalTo(1));
        String code = book(site, "A", TUESDAY_9AM, newDevice(), "081-234-5678").statusCode(201)
                .header("Location", containsString("/api/v1/appointments/"))
                .body("code", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")).body("status", equalTo("BOOKED"))
                .body("start", equalTo("2030-03-05T02:00:00Z")).body("end", equalTo("2030-03-05T02:30:00Z"))
                .body("pageUrl", matchesPattern(".*/book/#[0-9A-Z]{12}")).body("contact", nullValue()).extract()
                .path("code");
        slots(site, "A", TUESDAY).body("find { it.start == '2030-03-05T02:00:00Z' }.remaining", equalTo(0));
        problem(book(site, "A", TUESDAY_9AM, newDevice(), null), 409, "SLOT_FULL");
        // typed as a person might: lower case, spaces for dashes
        RestAssured.get("/api/v1/appointments/{c}", code.toLowerCase().replace('-', ' ')).then().statusCode(200)
                .body("status", equalTo("BOOKED")).body("service", equalTo("A"));
        RestAssured.post("/api/v1/appointments/{c}/cancel", code).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        RestAssured.post("/api/v1/appointments/{c}/cancel", code).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        slots(site, "A", TUESDAY).body("find { it.start == '2030-03-05T02:00:00Z' }.remaining", equalTo(1));
        assertEquals(1, audited(site, "BOOK"), "the refused booking left nothing");
        assertEquals(1, audited(site, "CANCEL"), "the second cancel changed nothing");
    }

    static long audited(Site site, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("action = ?1 and servicePointId = ?2", action, site.id()));
    }

    @Test
    void theContactIsKeptForRemindersOnlyAndNeverShown() {
        Site site = office();
        String code = book(site, "A", TUESDAY_9AM, newDevice(), "+66 81 234 5678").statusCode(201).extract()
                .path("code");
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select contact, contact_hash from appointment where code = ?1")
                .setParameter(1, code.replace("-", "")).getSingleResult());
        assertEquals("0812345678", stored[0]);
        assertEquals(64, ((String) stored[1]).length());
        RestAssured.get("/api/v1/appointments/{c}", code).then().body("contact", nullValue())
                .body(not(matchesPattern("(?s).*0812345678.*")));
        problem(book(site, "A", TUESDAY_9AM.plusSeconds(1800), newDevice(), "call me"), 422, "INVALID")
                .body("errors[0].field", equalTo("contact"));
    }

    @Test
    void aDeviceAndAContactHoldOnlySoManyUpcomingAppointments() {
        Site site = office();
        String device = newDevice();
        book(site, "A", TUESDAY_9AM, device, null).statusCode(201);
        book(site, "A", TUESDAY_9AM.plusSeconds(1800), device, null).statusCode(201);
        problem(book(site, "A", TUESDAY_9AM.plusSeconds(3600), device, null), 409, "BOOKING_LIMIT");
        book(site, "A", TUESDAY_9AM.plusSeconds(3600), newDevice(), "someone@example.org").statusCode(201);
        book(site, "A", TUESDAY_9AM.plusSeconds(5400), newDevice(), "SOMEONE@example.org").statusCode(201);
        problem(book(site, "A", TUESDAY_9AM.plusSeconds(7200), newDevice(), "someone@example.org"), 409,
                "BOOKING_LIMIT");
    }

    @Test
    void whatCannotBeBookedIsRefusedWithAReason() {
        Site site = office();
        problem(slots(site, "B", TUESDAY), 409, "BOOKING_OFF");
        problem(book(site, "B", TUESDAY_9AM, newDevice(), null), 409, "BOOKING_OFF");
        problem(book(site, "A", TUESDAY_9AM.plusSeconds(600), newDevice(), null), 422, "INVALID")
                .body("errors[0].field", equalTo("start"));
        problem(slots(site, "A", "2030-05-01"), 422, "INVALID").body("errors[0].field", equalTo("date"));
        problem(slots(site, "A", "2030-03-01"), 422, "INVALID");
        slots(site, "A", "2030-03-09").statusCode(200).body("", hasSize(0)); // Saturday
        problem(book(site, "Z", TUESDAY_9AM, newDevice(), null), 422, "INVALID");
        problem(RestAssured.given().filter(UNCHECKED_REQUEST).contentType("application/json")
                .body(Map.of("servicePoint", site.code(), "service", "A", "start", TUESDAY_9AM.toString(), "device",
                        "short"))
                .post("/api/v1/appointments").then(), 422, "INVALID").body("errors[0].field", equalTo("device"));
        RestAssured.get("/api/v1/appointments/{c}", "0000-0000-0000").then().statusCode(404)
                .body("code", equalTo("APPOINTMENT_NOT_FOUND"));
    }

    @Test
    void theQrHoldsTheAppointmentsPage() {
        Site site = office();
        String code = booked(site, "A", TUESDAY_9AM);
        RestAssured.get("/api/v1/appointments/{c}/qr.svg", code).then().statusCode(200)
                .contentType("image/svg+xml");
        RestAssured.get("/api/v1/appointments/{c}/qr.png?size=200", code).then().statusCode(200)
                .contentType("image/png");
        RestAssured.get("/api/v1/appointments/{c}/qr.svg", "ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
    }
}
