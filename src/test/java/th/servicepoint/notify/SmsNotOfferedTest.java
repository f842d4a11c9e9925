package th.servicepoint.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.problem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** An installation without an SMS gateway (the default): SMS is not offered, and a sign-up is refused clearly. */
@QuarkusTest
class SmsNotOfferedTest {

    @Inject
    Fixtures fixtures;

    @Test
    void withoutAGatewayNoNumberIsTaken() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String token = issue(site, "A").getString("trackingToken");
        given().get("/api/v1/tickets/{token}/sms", token).then().statusCode(200).body("offered", equalTo(false))
                .body("phone", nullValue());
        problem(given().contentType(ContentType.JSON).body(Map.of("phone", "0812345678"))
                .post("/api/v1/tickets/{token}/sms", token).then(), 409, "SMS_NOT_OFFERED")
                .body("detailTh", containsString("ยังไม่เปิดบริการแจ้งเตือนทาง SMS"))
                .body("detail", containsString("does not send SMS"));
        problem(given().get("/api/v1/tickets/{token}/sms", "no-such-ticket").then(), 404, "TICKET_NOT_FOUND");
    }
}
