package th.servicepoint.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import th.servicepoint.catalog.Service;
import th.servicepoint.queue.RemoteJoinTest;

/** Booking set-ups for the screen tests: a service opened for bookings, and a slot booked as the booking page does. */
public final class Appointments {

    private Appointments() {
    }

    /** Opens bookings of a service, past the admin API's checks (as RemoteJoinTest.remote opens remote joining). */
    public static void bookable(long serviceId, int slotMinutes, int walkInPercent, int bookAheadDays) {
        QuarkusTransaction.requiringNew().run(() -> {
            Service service = Service.findById(serviceId);
            service.bookable = true;
            service.slotMinutes = slotMinutes;
            service.walkInPercent = walkInPercent;
            service.bookAheadDays = bookAheadDays;
        });
    }

    /** Books the slot starting at start from a phone of its own; the appointment as its citizen gets it. */
    public static JsonPath book(Site site, String service, Instant start) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("servicePoint", site.code(), "service", service, "start", start.toString(), "device",
                        RemoteJoinTest.newDevice()))
                .post("/api/v1/appointments").then().statusCode(201).extract().jsonPath();
    }

    /** An appointment's status as its page reads it. */
    public static String status(String code) {
        return given().get("/api/v1/appointments/{code}", code).then().statusCode(200).extract().path("status");
    }
}
