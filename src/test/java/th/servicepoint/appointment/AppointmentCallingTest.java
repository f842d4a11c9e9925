package th.servicepoint.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.appointment.BookingTest.MONDAY_7AM;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.serveNext;
import static th.servicepoint.support.Appointments.bookable;
import static th.servicepoint.support.Appointments.booked;
import static th.servicepoint.support.Appointments.checkIn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The calling order with appointments: due ones go ahead of walk-ins, early ones wait, a walk-in who has waited the
 * starvation cap (servicepoint.queue.max-wait, 30 minutes) goes first, and appointments leave the priority turn alone.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class AppointmentCallingTest {

    /** Monday 4 March 2030, 10:00 in Bangkok: a slot of the round-the-clock test site starts every 30 minutes. */
    private static final Instant T0 = Instant.parse("2030-03-04T03:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void morning() {
        clock.set(MONDAY_7AM);
    }

    private Site office() {
        Site site = fixtures.site().service("A", 30).counter(1, "A").create();
        bookable(site.services().get("A"), 30, 0);
        return site;
    }

    @Test
    void aDueAppointmentGoesAheadOfWalkInsWhoCameEarlier() {
        Site site = office();
        String at10 = booked(site, "A", T0);
        String at1030 = booked(site, "A", T0.plus(Duration.ofMinutes(30)));
        issueAt(site, T0.minus(Duration.ofMinutes(20))); // A001 at 09:40
        issueAt(site, T0.minus(Duration.ofMinutes(15))); // A002 at 09:45
        clock.set(T0.minus(Duration.ofMinutes(10)));
        String first = checkIn(site, at10).statusCode(201).extract().path("number"); // A003, slot 10:00
        openCounter(site, 1);
        List<String> calls = new ArrayList<>();
        clock.set(T0.minus(Duration.ofMinutes(2)));
        calls.add(serveNext(site, 1)); // 09:58: no appointment due yet
        clock.set(T0);
        String early = checkIn(site, at1030).statusCode(201).extract().path("number"); // A004, slot 10:30
        clock.set(T0.plus(Duration.ofMinutes(1)));
        assertEquals(List.of(first, "A002", early), waitingOrder(site), "the counter's list in call order");
        calls.add(serveNext(site, 1)); // 10:01: the 10:00 appointment is due
        calls.add(serveNext(site, 1));
        calls.add(serveNext(site, 1)); // no walk-in left: the 10:30 appointment early
        assertEquals(List.of("A001", first, "A002", early), calls);
    }

    @Test
    void aWalkInWhoWaitedTheCapGoesBeforeADueAppointment() {
        Site site = office();
        String at10 = booked(site, "A", T0);
        issueAt(site, T0.minus(Duration.ofMinutes(30))); // A001 at 09:30
        clock.set(T0.minus(Duration.ofMinutes(5)));
        String appointment = checkIn(site, at10).statusCode(201).extract().path("number");
        openCounter(site, 1);
        clock.set(T0.plus(Duration.ofMinutes(1))); // A001 has waited 31 minutes
        assertEquals(List.of("A001", appointment), List.of(serveNext(site, 1), serveNext(site, 1)));
    }

    @Test
    void appointmentCallsLeaveThePriorityTurnAsItWas() {
        Site site = office();
        String at10 = booked(site, "A", T0);
        issueAt(site, T0.minus(Duration.ofMinutes(10)), "NORMAL"); // A001
        issueAt(site, T0.minus(Duration.ofMinutes(9)), "NORMAL"); // A002
        issueAt(site, T0.minus(Duration.ofMinutes(8)), "ELDERLY"); // A003
        clock.set(T0.minus(Duration.ofMinutes(7)));
        String appointment = checkIn(site, at10).statusCode(201).extract().path("number"); // A004
        openCounter(site, 1);
        clock.set(T0.minus(Duration.ofMinutes(1)));
        String firstPriority = serveNext(site, 1); // no priority call yet: the priority ticket goes first
        String normal = serveNext(site, 1);
        clock.set(T0.plus(Duration.ofMinutes(1)));
        String due = serveNext(site, 1);
        String afterAppointment = serveNext(site, 1);
        // one normal call since the priority call, the appointment not counted: the next normal is still in turn
        assertEquals(List.of("A003", "A001", appointment, "A002"), List.of(firstPriority, normal, due,
                afterAppointment));
    }

    private List<String> waitingOrder(Site site) {
        return clerkOf(site, 1).get("/api/v1/counters/{id}/waiting", site.counter(1)).then().statusCode(200)
                .extract().jsonPath().getList("waiting.number");
    }

    private void issueAt(Site site, Instant at) {
        issueAt(site, at, "NORMAL");
    }

    private void issueAt(Site site, Instant at, String priority) {
        clock.set(at);
        Api.issue(site, "A", priority);
    }
}
