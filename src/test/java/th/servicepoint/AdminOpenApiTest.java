package th.servicepoint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;

/** The admin API is described in the OpenAPI document (on the management port) integrators read. */
@QuarkusTest
class AdminOpenApiTest {

    @Test
    void describesTheAdminEndpoints() {
        given().queryParam("format", "json").get(TestHTTPResourceManager.getManagementUri() + "/openapi").then().statusCode(200)
                .rootPath("paths")
                .body("'/api/v1/admin/service-points'.post.summary", equalTo(
                        "Create a service point; 409 when the code is taken"))
                .body("'/api/v1/admin/divisions/{id}'.put.summary", notNullValue())
                .body("'/api/v1/admin/service-points/{sp}/services/{prefix}'.put.summary", notNullValue())
                .body("'/api/v1/admin/service-points/{sp}/counters'.post.summary", notNullValue())
                .body("'/api/v1/admin/users/{username}'.put.summary", notNullValue())
                .body("'/api/v1/admin/device-keys/{id}/revoke'.post.summary", notNullValue());
    }
}
