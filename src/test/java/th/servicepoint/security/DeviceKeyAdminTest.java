package th.servicepoint.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.device;
import static th.servicepoint.support.Api.newService;
import static th.servicepoint.support.Api.newServicePoint;
import static th.servicepoint.support.Fixtures.auditRowsAt;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.catalog.DemoData;

@QuarkusTest
class DeviceKeyAdminTest {

    private static final String BASE = "/api/v1/admin/device-keys";
    private static final String TICKETS = "/api/v1/service-points/{sp}/tickets";

    @Test
    void aCreatedKioskKeyIssuesTicketsUntilRevoked() {
        String sp = newServicePoint();
        newService(sp, "A");
        JsonPath created = admin().body(Map.of("name", "ตู้กดบัตรคิว ชั้น 1", "kind", "KIOSK", "servicePoint", sp))
                .post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("kind", equalTo("KIOSK"))
                .body("servicePoint", equalTo(sp))
                .body("active", equalTo(true))
                .extract().jsonPath();
        String key = created.getString("key");
        long id = created.getLong("id");
        assertTrue(key.length() >= 40, key);

        String list = admin().get(BASE).then().statusCode(200).body("id", hasItem((int) id)).extract().asString();
        assertFalse(list.contains(key), "the key is shown once only");
        assertFalse(list.contains(DeviceKeys.hash(key)), "nor its hash");
        assertFalse(list.contains("\"key"), list);

        device(key).body(Map.of("service", "A")).post(TICKETS, sp).then().statusCode(201)
                .body("number", equalTo("A001"));
        // bound to its own service point
        device(key).body(Map.of("service", "A")).post(TICKETS, DemoData.SERVICE_POINT).then().statusCode(403);

        admin().post(BASE + "/{id}/revoke", id).then().statusCode(200).body("active", equalTo(false));
        device(key).body(Map.of("service", "A")).post(TICKETS, sp).then().statusCode(401);
        // revoking again changes nothing
        admin().post(BASE + "/{id}/revoke", id).then().statusCode(200).body("active", equalTo(false));
        assertEquals(1, auditRowsAt(sp, "DEVICE_KEY_CREATE", "(id " + id + ")"));
        assertEquals(1, auditRowsAt(sp, "DEVICE_KEY_REVOKE", "(id " + id + ")"));
    }

    @Test
    void aDisplayKeyReadsTheQueueButIssuesNoTickets() {
        String sp = newServicePoint();
        newService(sp, "A");
        String key = admin().body(Map.of("name", "จอหน้าห้องโถง", "kind", "DISPLAY")).post(BASE)
                .then().statusCode(201).body("servicePoint", nullValue()).extract().jsonPath().getString("key");
        device(key).get("/api/v1/service-points/{sp}/queue", sp).then().statusCode(200);
        device(key).body(Map.of("service", "A")).post(TICKETS, sp).then().statusCode(403);
        device(key).filter(UNCHECKED_REQUEST).get(BASE).then().statusCode(403);
    }

    @Test
    void namesInvalidFields() {
        admin().filter(UNCHECKED_REQUEST).body(Map.of("name", "ตู้", "kind", "KIOSK", "servicePoint", "no-such-place"))
                .post(BASE)
                .then().statusCode(422).body("errors[0].field", equalTo("servicePoint"));
        admin().filter(UNCHECKED_REQUEST).body(Map.of("name", "")).post(BASE).then().statusCode(422)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"));
        admin().filter(UNCHECKED_REQUEST).body(Map.of("name", "ทีวี", "kind", "TV")).post(BASE).then().statusCode(422)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("KIOSK, DISPLAY"));
    }

    @Test
    void unknownKeyIsNotFound() {
        admin().post(BASE + "/{id}/revoke", 999_999_999).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
