package th.servicepoint.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The HTTP calls the tests make, as kiosks, displays, clerks and admins do. */
public final class Api {

    public static final String DEVICE_KEY = "X-Device-Key";

    private Api() {
    }

    public static RequestSpecification device(String key) {
        return given().header(DEVICE_KEY, key).contentType(ContentType.JSON);
    }

    public static RequestSpecification kiosk(Site site) {
        return device(site.kioskKey());
    }

    public static RequestSpecification display(Site site) {
        return device(site.displayKey());
    }

    /** HTTP Basic with the credentials in UTF-8, as browsers send them (RFC 7617 charset="UTF-8"). */
    public static RequestSpecification as(String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return given().header("Authorization", "Basic " + credentials).contentType(ContentType.JSON);
    }

    /** A test-made user (password {@link Fixtures#PASSWORD}). */
    public static RequestSpecification as(String username) {
        return as(username, Fixtures.PASSWORD);
    }

    public static RequestSpecification admin() {
        return as("admin", "admin");
    }

    /** The demo executive, who reads reports and records measures. */
    public static RequestSpecification executive() {
        return as("exec", "exec");
    }

    public static RequestSpecification clerkOf(Site site, int counter) {
        return as(site.clerk(counter));
    }

    /**
     * A new service point made through the admin API, with default hours whose kiosks issue outside them too, so a
     * test's tickets do not depend on the hour it runs at; returns its code.
     */
    public static String newServicePoint() {
        String code = Fixtures.unique("sp");
        admin().body(Map.of("code", code, "nameTh", "จุดบริการทดสอบ", "nameEn", "Test service point",
                "issueOutsideHours", true))
                .post("/api/v1/admin/service-points").then().statusCode(201);
        return code;
    }

    /** A new active service with one step at the service point, made through the admin API. */
    public static void newService(String servicePoint, String prefix) {
        admin().body(Map.of("prefix", prefix, "nameTh", "งาน " + prefix, "nameEn", "Service " + prefix,
                "steps", List.of(Map.of("titleTh", "ยื่นคำขอ", "titleEn", "Apply", "standardMinutes", 5))))
                .post("/api/v1/admin/service-points/{sp}/services", servicePoint).then().statusCode(201);
    }

    /** A questionnaire's items as the admin form sends them back: an item's place is its order, not a field of it. */
    public static List<Map<String, Object>> formItems(List<Map<String, Object>> items) {
        return items.stream().map(item -> {
            Map<String, Object> form = new HashMap<>(item);
            form.remove("position");
            return form;
        }).toList();
    }

    /**
     * Publishes the current questionnaire's items again in the given length (SHORT with rotationItems ITA items per
     * invitation, or FULL; rotationItems null keeps the current number); invitations minted afterwards ask that form.
     */
    public static ValidatableResponse questionnaireLength(String length, Integer rotationItems) {
        String current = "/api/v1/admin/questionnaires/current";
        List<Map<String, Object>> items = admin().get(current).then().statusCode(200).extract().jsonPath()
                .getList("items");
        Map<String, Object> form = new HashMap<>(Map.of("items", formItems(items), "length", length));
        if (rotationItems != null) {
            form.put("rotationItems", rotationItems);
        }
        return admin().body(form).put(current).then();
    }

    /** Issues a ticket at the kiosk; returns the 201 body. */
    public static JsonPath issue(Site site, String service, String priority) {
        return kiosk(site).body(Map.of("service", service, "priority", priority))
                .post("/api/v1/service-points/{sp}/tickets", site.code())
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath issue(Site site, String service) {
        return issue(site, service, "NORMAL");
    }

    /** The clerk of counter {@code number} signs in there and opens it. */
    public static void openCounter(Site site, int number) {
        clerkOf(site, number).post("/api/v1/counters/{id}/sign-in", site.counter(number)).then().statusCode(200);
        clerkOf(site, number).post("/api/v1/counters/{id}/open", site.counter(number)).then().statusCode(200)
                .body("status", equalTo("OPEN"));
    }

    /** Calls the next ticket at a counter, expecting one; returns its body. */
    public static JsonPath callNext(Site site, int counter) {
        return clerkOf(site, counter).post("/api/v1/counters/{id}/call-next", site.counter(counter))
                .then().statusCode(200).body("status", equalTo("CALLED")).extract().jsonPath();
    }

    /** A clerk action on a ticket: recall, start, complete, no-show, reactivate or cancel. */
    public static ValidatableResponse act(Site site, int counter, long ticketId, String action) {
        return clerkOf(site, counter).post("/api/v1/tickets/{id}/" + action, ticketId).then();
    }

    public static ValidatableResponse transfer(Site site, int counter, long ticketId, String service) {
        return clerkOf(site, counter).body(Map.of("service", service))
                .post("/api/v1/tickets/{id}/transfer", ticketId).then();
    }

    /** Calls next, starts and completes: the ticket a counter served. */
    public static String serveNext(Site site, int counter) {
        JsonPath called = callNext(site, counter);
        long id = called.getLong("id");
        act(site, counter, id, "start").statusCode(200);
        act(site, counter, id, "complete").statusCode(200).body("status", equalTo("DONE"));
        return called.getString("number");
    }

    /**
     * The survey link of a served kiosk ticket, as its citizen gets it on their phone (no staff answer carries it);
     * null once answered or expired.
     */
    public static String surveyUrl(String trackingToken) {
        return publicStatus(trackingToken).getString("surveyUrl");
    }

    /** The token in a survey link. */
    public static String surveyToken(String surveyUrl) {
        return surveyUrl.substring(surveyUrl.indexOf("?t=") + 3);
    }

    /** What the citizen's phone shows for a ticket. */
    public static JsonPath publicStatus(String trackingToken) {
        return given().get("/api/v1/tickets/{token}", trackingToken).then().statusCode(200).extract().jsonPath();
    }

    /** Asserts a problem+json response with this status and code, in English and Thai. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("code", equalTo(code)).body("detail", not(emptyOrNullString()))
                .body("detailTh", not(emptyOrNullString()));
    }
}
