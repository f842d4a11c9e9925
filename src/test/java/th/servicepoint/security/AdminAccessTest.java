package th.servicepoint.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.AdminFixtures.as;
import static th.servicepoint.AdminFixtures.asAdmin;
import static th.servicepoint.AdminFixtures.asDevice;
import static th.servicepoint.AdminFixtures.unique;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.site.DemoData;

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
        asDevice("demo-kiosk").filter(UNCHECKED_REQUEST).get(path).then().statusCode(403);
        asDevice("demo-display").filter(UNCHECKED_REQUEST).get(path).then().statusCode(403);
        asAdmin().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "clerk", "kiosk" })
    void othersWriteNothing(String who) {
        String code = unique("denied");
        RequestSpecification request = switch (who) {
            case "anonymous" -> given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON);
            case "clerk" -> as("clerk1", "clerk");
            default -> asDevice("demo-kiosk").filter(UNCHECKED_REQUEST);
        };
        request.body(Map.of("code", code, "nameTh", "ก", "nameEn", "A")).post("/api/v1/admin/service-points")
                .then().statusCode(who.equals("anonymous") ? 401 : 403);
        request.body(Map.of("nameTh", "ก", "nameEn", "A")).put("/api/v1/admin/service-points/{sp}",
                DemoData.SERVICE_POINT).then().statusCode(who.equals("anonymous") ? 401 : 403);
        asAdmin().get("/api/v1/admin/service-points/{sp}", code).then().statusCode(404);
        asAdmin().get("/api/v1/admin/service-points/{sp}", DemoData.SERVICE_POINT).then()
                .body("nameEn", equalTo("Example Provincial Administrative Organization, head office"));
    }
}
