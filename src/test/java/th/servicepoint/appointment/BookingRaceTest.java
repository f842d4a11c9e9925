package th.servicepoint.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.appointment.BookingTest.MONDAY_7AM;
import static th.servicepoint.appointment.BookingTest.TUESDAY_9AM;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Appointments;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Race;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Phones racing for a slot's last place, or one phone booking past its cap at once: exactly one wins. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class BookingRaceTest {

    private static final int THREADS = 8;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entityManager;
    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void eightPhonesRacingForTheLastPlaceOfASlotBookOnce() throws Exception {
        clock.set(MONDAY_7AM);
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        Appointments.bookable(site.services().get("A"), 30, 0); // two places a slot
        for (int round = 0; round < 3; round++) {
            Instant slot = TUESDAY_9AM.plus(Duration.ofMinutes(30L * round));
            if (round == 0) {
                Appointments.booked(site, "A", slot); // the first place of the slot is taken already
            }
            Map<Integer, Integer> answers = race(site, slot, false);
            assertEquals(round == 0 ? Map.of(201, 1, 409, THREADS - 1) : Map.of(201, 2, 409, THREADS - 2), answers,
                    "round " + round);
            assertEquals(2, booked(site, slot), "round " + round + ": the slot holds its two places, no more");
        }
    }

    @Test
    void onePhoneBookingManyAtOnceStopsAtItsCap() throws Exception {
        clock.set(MONDAY_7AM);
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Appointments.bookable(site.services().get("A"), 30, 0);
        Map<Integer, Integer> answers = race(site, null, true);
        assertEquals(Map.of(201, 2, 409, THREADS - 2), answers, "max-active-per-device is 2");
    }

    /** THREADS bookings let go at once: of one slot by distinct phones, or of distinct slots by one phone. */
    private Map<Integer, Integer> race(Site site, Instant slot, boolean onePhone) throws Exception {
        String device = Appointments.newDevice();
        List<Callable<Integer>> phones = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Instant at = slot != null ? slot : TUESDAY_9AM.plus(Duration.ofMinutes(30L * t));
            String secret = onePhone ? device : Appointments.newDevice();
            phones.add(() -> book(site, at, secret));
        }
        return Race.answers(phones);
    }

    private int book(Site site, Instant start, String device) throws Exception {
        String json = "{\"servicePoint\":\"" + site.code() + "\",\"service\":\"A\",\"start\":\"" + start
                + "\",\"device\":\"" + device + "\"}";
        URI uri = URI.create(base.toString().replaceAll("/$", "") + "/api/v1/appointments");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", Appointments.newAddress())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            assertEquals(true, answer.body().contains("SLOT_FULL") || answer.body().contains("BOOKING_LIMIT"),
                    answer.body());
        }
        return answer.statusCode();
    }

    private long booked(Site site, Instant slot) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from appointment where service_point_id = ?1 and slot_start = ?2 and status = 'BOOKED'")
                .setParameter(1, site.id()).setParameter(2, slot).getSingleResult()).longValue());
    }
}
