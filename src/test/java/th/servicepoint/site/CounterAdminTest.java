package th.servicepoint.site;

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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.catalog.DemoData;

@QuarkusTest
class CounterAdminTest {

    private static final String BASE = "/api/v1/admin/service-points/{sp}/counters";

    private static String servicePointWithServicesAAndB() {
        String sp = newServicePoint();
        newService(sp, "A");
        newService(sp, "B");
        return sp;
    }

    @Test
    void createsListsAndUpdatesACounter() {
        String sp = servicePointWithServicesAAndB();
        long id = admin().body(Map.of("number", 1, "name", "ช่อง 1", "services", List.of("b", "A", "A")))
                .post(BASE, sp).then().statusCode(201)
                .header("Location", containsString("/counters/"))
                .body("number", equalTo(1))
                .body("services", contains("A", "B"))
                .body("status", equalTo("CLOSED"))
                .body("clerk", nullValue())
                .extract().jsonPath().getLong("id");

        admin().get(BASE, sp).then().statusCode(200).body("id", contains((int) id));
        admin().body(Map.of("number", 7, "name", "ช่อง 7 งานทั่วไป", "services", List.of("B")))
                .put(BASE + "/{id}", sp, id).then().statusCode(200)
                .body("number", equalTo(7))
                .body("name", equalTo("ช่อง 7 งานทั่วไป"))
                .body("services", contains("B"));
        admin().get(BASE + "/{id}", sp, id).then().body("services", contains("B")).body("number", equalTo(7));

        // the live queue shows the counter with what it serves now
        admin().get("/api/v1/service-points/{sp}/queue", sp).then().statusCode(200)
                .body("counters.find { it.number == 7 }.services", contains("B"));
        assertEquals(1, auditRowsAt(sp, "COUNTER_CREATE", "counter 1 "));
        assertEquals(1, auditRowsAt(sp, "COUNTER_UPDATE", "counter 7 "));
    }

    @Test
    void refusesATakenNumber() {
        String sp = servicePointWithServicesAAndB();
        admin().body(Map.of("number", 1, "name", "ช่อง 1", "services", List.of("A"))).post(BASE, sp)
                .then().statusCode(201);
        long second = admin().body(Map.of("number", 2, "name", "ช่อง 2", "services", List.of("B")))
                .post(BASE, sp).then().statusCode(201).extract().jsonPath().getLong("id");

        admin().body(Map.of("number", 1, "name", "ซ้ำ", "services", List.of())).post(BASE, sp)
                .then().statusCode(409).body("code", equalTo("COUNTER_EXISTS"));
        admin().body(Map.of("number", 1, "name", "ซ้ำ", "services", List.of())).put(BASE + "/{id}", sp, second)
                .then().statusCode(409);
        admin().get(BASE + "/{id}", sp, second).then().body("number", equalTo(2)).body("services", contains("B"));
        // number 1 at another service point is fine
        admin().body(Map.of("number", 1, "name", "ช่อง 1", "services", List.of())).post(BASE, newServicePoint())
                .then().statusCode(201);
    }

    @Test
    void unknownPrefixNamesTheValidOnes() {
        String sp = servicePointWithServicesAAndB();
        admin().body(Map.of("number", 1, "name", "ช่อง 1", "services", List.of("A", "Z"))).post(BASE, sp)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("services"))
                .body("errors[0].message", containsString("Z"))
                .body("errors[0].message", containsString("A, B"))
                .body("errors[0].messageTh", containsString("A, B"));
        admin().get(BASE, sp).then().body("size()", equalTo(0));
    }

    @Test
    void unknownServicePointOrCounterIsNotFound() {
        String sp = servicePointWithServicesAAndB();
        long id = admin().body(Map.of("number", 1, "name", "ช่อง 1", "services", List.of("A"))).post(BASE, sp)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // a counter is found only under its own service point
        admin().get(BASE + "/{id}", DemoData.SERVICE_POINT, id).then().statusCode(404);
        admin().body(Map.of("number", 9, "name", "x", "services", List.of())).put(BASE + "/{id}",
                DemoData.SERVICE_POINT, id).then().statusCode(404);
        admin().get(BASE, "no-such-place").then().statusCode(404);
        admin().get(BASE + "/{id}", sp, 999_999_999).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void namesInvalidFields() {
        String sp = servicePointWithServicesAAndB();
        admin().filter(UNCHECKED_REQUEST).body(Map.of("number", 0, "name", "")).post(BASE, sp).then().statusCode(422)
                .body("errors.field", hasItem("number"))
                .body("errors.field", hasItem("name"));
        admin().filter(UNCHECKED_REQUEST).body("{\"number\": \"one\", \"name\": \"x\"}").post(BASE, sp).then().statusCode(422)
                .body("errors.field", hasItem("number"));
        admin().filter(UNCHECKED_REQUEST).body("{\"number\": 1, \"name\": \"x\", \"services\": [null]}").post(BASE, sp).then()
                .statusCode(422).body("errors.field", contains("services"));
    }
}
