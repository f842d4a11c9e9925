package th.servicepoint.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.catalog.Service;

/** Booking and checking in as the booking page and the kiosk do. */
public final class Appointments {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Appointments() {
    }

    /** Opens booking for a service: slots of this length, this share kept for walk-ins, 30 days ahead. */
    public static void bookable(long serviceId, Integer slotMinutes, int walkInPercent) {
        bookable(serviceId, slotMinutes, walkInPercent, 30);
    }

    public static void bookable(long serviceId, Integer slotMinutes, int walkInPercent, int bookAheadDays) {
        QuarkusTransaction.requiringNew().run(() -> {
            Service service = Service.findById(serviceId);
            service.bookable = true;
            service.slotMinutes = slotMinutes;
            service.walkInPercent = walkInPercent;
            service.bookAheadDays = bookAheadDays;
        });
    }

    /** A device secret as the booking page makes one. */
    public static String newDevice() {
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** A client address of its own (the test client is a trusted proxy), so rate limits count this call alone. */
    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    public static ValidatableResponse slots(Site site, String service, String date) {
        return given().header("X-Forwarded-For", newAddress())
                .get("/api/v1/service-points/{sp}/services/{s}/slots?date=" + date, site.code(), service).then();
    }

    public static ValidatableResponse book(Site site, String service, Instant start, String device, String contact) {
        Map<String, Object> body = new HashMap<>(
                Map.of("servicePoint", site.code(), "service", service, "start", start.toString(), "device", device));
        if (contact != null) {
            body.put("contact", contact);
        }
        return given().header("X-Forwarded-For", newAddress()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then();
    }

    /** Booked from a device of its own, expecting 201; the appointment as its citizen got it. */
    public static JsonPath book(Site site, String service, Instant start) {
        return book(site, service, start, newDevice(), null).statusCode(201).extract().jsonPath();
    }

    /** Booked from a device of its own; the code as the page shows it. */
    public static String booked(Site site, String service, Instant start) {
        return book(site, service, start).getString("code");
    }

    /** The appointment's status as its citizen sees it. */
    public static String status(String code) {
        return given().header("X-Forwarded-For", newAddress()).get("/api/v1/appointments/{c}", code).then()
                .statusCode(200).extract().path("status");
    }

    public static ValidatableResponse checkIn(Site site, String code) {
        return Api.kiosk(site).body(Map.of("code", code)).post("/api/v1/service-points/{sp}/check-ins", site.code())
                .then();
    }
}
