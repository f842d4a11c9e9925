package th.servicepoint.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.newService;
import static th.servicepoint.support.Api.newServicePoint;
import static th.servicepoint.support.Fixtures.auditRowsAt;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceAdminTest {

    private static final String BASE = "/api/v1/admin/service-points/{sp}/services";

    private static Map<String, Object> step(String titleTh, String titleEn, int minutes) {
        return Map.of("titleTh", titleTh, "titleEn", titleEn, "standardMinutes", minutes);
    }

    private static Map<String, Object> service(String prefix) {
        Map<String, Object> body = new HashMap<>();
        body.put("prefix", prefix);
        body.put("nameTh", "ชำระค่าน้ำประปา");
        body.put("nameEn", "Water bill payment");
        body.put("division", "FIN");
        body.put("dailyCap", 50);
        body.put("steps", List.of(step("ยื่นใบแจ้งหนี้", "Hand in the bill", 3), step("ชำระเงิน", "Pay", 4),
                step("รับใบเสร็จ", "Receipt", 2)));
        return body;
    }

    @Test
    void createsAServiceWithPublishedSteps() {
        String sp = newServicePoint();
        admin().body(service("W")).post(BASE, sp)
                .then().statusCode(201)
                .header("Location", containsString("/services/W"))
                .body("prefix", equalTo("W"))
                .body("division", equalTo("FIN"))
                .body("dailyCap", equalTo(50))
                .body("active", equalTo(true))
                .body("steps.position", contains(1, 2, 3))
                .body("steps.titleEn", contains("Hand in the bill", "Pay", "Receipt"))
                .body("standardMinutes", equalTo(9));

        admin().get(BASE + "/{prefix}", sp, "W").then().statusCode(200).body("nameTh", equalTo("ชำระค่าน้ำประปา"));
        // the kiosk publishes the steps and standard time
        given().get("/api/v1/service-points/{sp}/services", sp).then().statusCode(200)
                .body("[0].prefix", equalTo("W"))
                .body("[0].standardMinutes", equalTo(9))
                .body("[0].division", equalTo("กองคลัง"))
                .body("[0].steps.title", contains("ยื่นใบแจ้งหนี้", "ชำระเงิน", "รับใบเสร็จ"));
        assertEquals(1, auditRowsAt(sp, "SERVICE_CREATE", "W: Water bill payment"));
    }

    @Test
    void updateReplacesTheStepsInOrder() {
        String sp = newServicePoint();
        admin().body(service("A")).post(BASE, sp).then().statusCode(201);

        Map<String, Object> fewer = service("A");
        fewer.remove("prefix");
        fewer.put("nameEn", "Water bill");
        fewer.put("division", null);
        fewer.put("dailyCap", null);
        fewer.put("steps", List.of(step("ชำระเงิน", "Pay", 10), step("รับใบเสร็จ", "Receipt", 1)));
        admin().body(fewer).put(BASE + "/{prefix}", sp, "A")
                .then().statusCode(200)
                .body("nameEn", equalTo("Water bill"))
                .body("division", nullValue())
                .body("dailyCap", nullValue())
                .body("steps.titleEn", contains("Pay", "Receipt"))
                .body("standardMinutes", equalTo(11));

        Map<String, Object> more = new HashMap<>(fewer);
        more.put("steps", List.of(step("หนึ่ง", "One", 1), step("สอง", "Two", 2), step("สาม", "Three", 3),
                step("สี่", "Four", 4)));
        admin().body(more).put(BASE + "/{prefix}", sp, "A").then().statusCode(200);
        admin().get(BASE + "/{prefix}", sp, "A").then()
                .body("steps.position", contains(1, 2, 3, 4))
                .body("steps.titleEn", contains("One", "Two", "Three", "Four"))
                .body("standardMinutes", equalTo(10));
        assertEquals(2, auditRowsAt(sp, "SERVICE_UPDATE", "A: Water bill"));
    }

    @Test
    void aDeactivatedServiceStaysListedForAdminsButTakesNoTickets() {
        String sp = newServicePoint();
        newService(sp, "A");
        newService(sp, "B");
        admin().body(Map.of("service", "B")).post("/api/v1/service-points/{sp}/tickets", sp).then().statusCode(201);

        admin().body(Map.of("nameTh", "งาน B", "nameEn", "Service B", "active", false))
                .put(BASE + "/{prefix}", sp, "B").then().statusCode(200).body("active", equalTo(false));

        admin().get(BASE, sp).then().statusCode(200)
                .body("prefix", contains("A", "B"))
                .body("active", contains(true, false));
        given().get("/api/v1/service-points/{sp}/services", sp).then().body("prefix", contains("A"));
        admin().body(Map.of("service", "B")).post("/api/v1/service-points/{sp}/tickets", sp)
                .then().statusCode(409).body("code", equalTo("SERVICE_INACTIVE"));
    }

    @Test
    void refusesATakenPrefix() {
        String sp = newServicePoint();
        newService(sp, "A");
        admin().body(service("A")).post(BASE, sp).then().statusCode(409).body("code", equalTo("SERVICE_EXISTS"));
        admin().get(BASE + "/{prefix}", sp, "A").then().body("nameEn", equalTo("Service A"));
        // the same letter at another service point is fine
        admin().body(service("A")).post(BASE, newServicePoint()).then().statusCode(201);
    }

    @Test
    void unknownServicePointOrPrefixIsNotFound() {
        admin().get(BASE, "no-such-place").then().statusCode(404);
        admin().body(service("A")).post(BASE, "no-such-place").then().statusCode(404);
        String sp = newServicePoint();
        Map<String, Object> form = service("A");
        form.remove("prefix");
        admin().body(form).put(BASE + "/{prefix}", sp, "Q").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void namesInvalidFields() {
        String sp = newServicePoint();
        Map<String, Object> bad = service("ab");
        bad.put("dailyCap", 0);
        bad.put("steps", List.of(step("ขั้นตอน", "Step", -1)));
        admin().filter(UNCHECKED_REQUEST).body(bad).post(BASE, sp).then().statusCode(422)
                .body("errors.field", hasItem("prefix"))
                .body("errors.field", hasItem("dailyCap"))
                .body("errors.field", hasItem("standardMinutes"));

        Map<String, Object> unknownDivision = service("A");
        unknownDivision.put("division", "NOPE");
        admin().filter(UNCHECKED_REQUEST).body(unknownDivision).post(BASE, sp).then().statusCode(422)
                .body("errors[0].field", equalTo("division"))
                .body("errors[0].message", containsString("FIN"));

        Map<String, Object> noName = service("A");
        noName.remove("nameEn");
        admin().filter(UNCHECKED_REQUEST).body(noName).post(BASE, sp).then().statusCode(422).body("errors.field",
                hasItem("nameEn"));
        admin().filter(UNCHECKED_REQUEST).get(BASE, sp).then().body("size()", equalTo(0));
    }
}
