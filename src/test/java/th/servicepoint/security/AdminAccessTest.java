package th.servicepoint.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.device;
import static th.servicepoint.support.Fixtures.unique;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.catalog.DemoData;

/** Only administrators reach the admin API: not anonymous callers, other staff or devices. */
@QuarkusTest
class AdminAccessTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/admin/service-points", "/api/v1/admin/service-points/pao-hq",
            "/api/v1/admin/divisions", "/api/v1/admin/service-points/pao-hq/services",
            "/api/v1/admin/service-points/pao-hq/counters", "/api/v1/admin/users", "/api/v1/admin/device-keys" })
    void onlyAdministratorsRead(String path) {
        given().filter(UNCHECKED_REQUEST).get(path).then().statusCode(401).contentType("application/problem+json");
        as("clerk1", "clerk").get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as("exec", "exec").get(path).then().statusCode(403);
        as("officer", "officer").get(path).then().statusCode(403);
        device("demo-kiosk").filter(UNCHECKED_REQUEST).get(path).then().statusCode(403);
        device("demo-display").filter(UNCHECKED_REQUEST).get(path).then().statusCode(403);
        admin().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "clerk", "kiosk" })
    void othersWriteNothing(String who) {
        String code = unique("denied");
        RequestSpecification request = switch (who) {
            case "anonymous" -> given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON);
            case "clerk" -> as("clerk1", "clerk");
            default -> device("demo-kiosk").filter(UNCHECKED_REQUEST);
        };
        request.body(Map.of("code", code, "nameTh", "ก", "nameEn", "A")).post("/api/v1/admin/service-points")
                .then().statusCode(who.equals("anonymous") ? 401 : 403);
        request.body(Map.of("nameTh", "ก", "nameEn", "A")).put("/api/v1/admin/service-points/{sp}",
                DemoData.SERVICE_POINT).then().statusCode(who.equals("anonymous") ? 401 : 403);
        admin().get("/api/v1/admin/service-points/{sp}", code).then().statusCode(404);
        admin().get("/api/v1/admin/service-points/{sp}", DemoData.SERVICE_POINT).then()
                .body("nameEn", equalTo("Example Provincial Administrative Organization, head office"));
    }
}
