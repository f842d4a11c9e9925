package th.servicepoint.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.catalog.Service;

/** Appointments as the booking page makes them, for the tests of the screens that show them. */
public final class Appointments {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Appointments() {
    }

    /**
     * Opens booking of a service past the admin API's checks: slots of {@code slotMinutes}, none kept for walk-ins, so
     * each slot has a place per counter serving the service.
     */
    public static void open(long serviceId, int slotMinutes) {
        QuarkusTransaction.requiringNew().run(() -> {
            Service service = Service.findById(serviceId);
            service.bookable = true;
            service.slotMinutes = slotMinutes;
            service.walkInPercent = 0;
        });
    }

    /**
     * Books the slot of that service starting at {@code start} from a new phone. The start must be one of the day's
     * slots: the slots list ({@code GET …/services/{service}/slots}) would say which, but it answers 404 for now (see
     * the report of issue 19's staff screens), so the test gives a start the settings of {@link #open} make a slot.
     */
    public static JsonPath book(Site site, String service, Instant start) {
        return citizen().contentType(ContentType.JSON)
                .body(Map.of("servicePoint", site.code(), "service", service, "start", start.toString(), "device",
                        newDevice()))
                .post("/api/v1/appointments").then().statusCode(201).extract().jsonPath();
    }

    /** The clerk of counter 1 checks the appointment of this code in; the ticket. */
    public static JsonPath checkIn(Site site, String code) {
        return Api.clerkOf(site, 1).body(Map.of("code", code)).post("/api/v1/service-points/{sp}/check-ins", site.code())
                .then().statusCode(201).extract().jsonPath();
    }

    /** A client address of its own (the test client is a trusted proxy), so the booking rate limits count it alone. */
    private static RequestSpecification citizen() {
        int n = ADDRESSES.incrementAndGet();
        return given().header("X-Forwarded-For", "100.64." + (n / 250 % 250) + "." + (n % 250 + 1));
    }

    private static String newDevice() {
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
