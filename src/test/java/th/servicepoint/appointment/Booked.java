package th.servicepoint.appointment;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.support.Site;

/** Bookings as the booking page makes them, on a service its administrator opened for booking. */
final class Booked {

    private Booked() {
    }

    /** Opens service A of the site for booking: one-hour slots, no share kept for walk-ins, 60 days ahead. */
    static void open(RequestSpecification admin, Site site) {
        admin.body(Map.of("nameTh", "งาน A", "nameEn", "Service A", "booking",
                Map.of("enabled", true, "slotMinutes", 60, "walkInPercent", 0, "bookAheadDays", 60)))
                .put("/api/v1/admin/service-points/{sp}/services/A", site.code()).then().statusCode(200);
    }

    /** A new device secret, as the booking page keeps one per phone. */
    static String device() {
        return "phone-" + UUID.randomUUID();
    }

    static ValidatableResponse book(Site site, Instant start, String device, String contact) {
        Map<String, Object> body = new HashMap<>(Map.of("servicePoint", site.code(), "service", "A", "start",
                start.toString(), "device", device));
        if (contact != null) {
            body.put("contact", contact);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/appointments").then();
    }

    /** The starts of service A's free slots of a day. */
    static List<String> slots(Site site, LocalDate day) {
        return given().queryParam("date", day.toString())
                .get("/api/v1/service-points/{sp}/services/A/slots", site.code()).then().statusCode(200).extract()
                .jsonPath().getList("start");
    }
}
