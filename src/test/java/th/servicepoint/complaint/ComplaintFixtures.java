package th.servicepoint.complaint;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Api;
import th.servicepoint.support.Installation;

/** Complaints filed as a citizen does, the demo staff accounts, and what the database holds afterwards. */
final class ComplaintFixtures {

    static final String BASE = "/api/v1/complaints";
    static final String CODE_FORMAT = "[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}";
    static final String REFERENCE_FORMAT = "[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}";

    private ComplaintFixtures() {
    }

    static RequestSpecification citizen() {
        return given().contentType(ContentType.JSON);
    }

    static RequestSpecification officer() {
        return Api.as("officer", "officer");
    }

    static RequestSpecification clerk() {
        return Api.as("clerk1", "clerk");
    }

    /** Files a complaint without contact; returns the 201 body. */
    static JsonPath file(String category) {
        return file(category, null);
    }

    static JsonPath file(String category, String contact) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("text", "เจ้าหน้าที่เรียกคิวคนรู้จักก่อน (" + category + ")");
        if (contact != null) {
            body.put("contact", contact);
        }
        return citizen().body(body).post(BASE).then().statusCode(201).extract().jsonPath();
    }

    /** The reference staff name a complaint by, as a complaint officer finds it. */
    static String referenceOf(String trackingCode) {
        return Installation.read(() -> Complaint.<Complaint> find("trackingCode", trackingCode).firstResult().reference);
    }

    static long stored() {
        return Installation.read(() -> Complaint.count());
    }

    /** Audit rows with this action written by this signed-in person whose detail contains the text. */
    static long auditRows(String action, String actor, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and actor = ?2 and userId is not null and detail like ?3", action, actor,
                "%" + detailContains + "%"));
    }
}
