package th.servicepoint.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.newServicePoint;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * A value of another JSON type than the OpenAPI document states is refused with a 422 naming the field and the type it
 * takes, and nothing is stored: not {@code false} as the text "false", not 1.5 as the number 1, not "3" as 3.
 */
@QuarkusTest
class WrongJsonTypesTest {

    private static final String COUNTERS = "/api/v1/admin/service-points/{sp}/counters";
    private static final String SERVICES = "/api/v1/admin/service-points/{sp}/services";

    @Inject
    Fixtures fixtures;

    @Test
    void aBooleanOrANumberForTextIsRefused() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        for (Object wrong : List.of(false, 1, 1.5)) {
            refused(kiosk(site).filter(UNCHECKED_REQUEST).body(Map.of("service", wrong))
                    .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), "service", "JSON string");
        }
        // no ticket was issued: the next one is still the first
        kiosk(site).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", site.code()).then()
                .statusCode(201).body("number", equalTo("A001"));
    }

    @Test
    void aFractionTextOrBooleanForAWholeNumberIsRefused() {
        String sp = newServicePoint();
        for (Object wrong : List.of(1.5, "3", true)) {
            refused(admin().filter(UNCHECKED_REQUEST).body(Map.of("number", wrong, "name", "ช่อง", "services",
                    List.of())).post(COUNTERS, sp).then(), "number", "whole JSON number");
        }
        admin().get(COUNTERS, sp).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void textOrANumberForABooleanIsRefused() {
        String sp = newServicePoint();
        for (Object wrong : List.of("true", 1)) {
            refused(admin().filter(UNCHECKED_REQUEST).body(Map.of("prefix", "Q", "nameTh", "งาน", "nameEn",
                    "Work", "active", wrong)).post(SERVICES, sp).then(), "active", "true or false");
        }
        admin().get(SERVICES + "/Q", sp).then().statusCode(404);
    }

    @Test
    void aListItemOfTheWrongTypeIsNamedWithItsPlace() {
        String sp = newServicePoint();
        refused(admin().filter(UNCHECKED_REQUEST).body(Map.of("number", 1, "name", "ช่อง", "services",
                List.of("A", 7))).post(COUNTERS, sp).then(), "services[1]", "JSON string");
    }

    private static void refused(ValidatableResponse response, String field, String type) {
        problem(response, 422, "INVALID").body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(type))
                .body("errors[0].messageTh", containsString("ต้องเป็น"));
    }
}
