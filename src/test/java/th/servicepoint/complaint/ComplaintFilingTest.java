package th.servicepoint.complaint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
import static th.servicepoint.complaint.ComplaintFixtures.CODE_FORMAT;
import static th.servicepoint.complaint.ComplaintFixtures.citizen;
import static th.servicepoint.complaint.ComplaintFixtures.file;
import static th.servicepoint.complaint.ComplaintFixtures.officer;
import static th.servicepoint.complaint.ComplaintFixtures.referenceOf;
import static th.servicepoint.complaint.ComplaintFixtures.stored;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ComplaintFilingTest {

    @ParameterizedTest
    @EnumSource(ComplaintCategory.class)
    void filesAnonymouslyAndTracksWithoutTextOrContact(ComplaintCategory category) {
        JsonPath filed = file(category.name());
        String code = filed.getString("trackingCode");
        assertTrue(code.matches(CODE_FORMAT), code);
        citizen().get(BASE + "/track/{code}", code).then().statusCode(200)
                .body("trackingCode", equalTo(code))
                .body("category", equalTo(category.name()))
                .body("status", equalTo("RECEIVED"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("publicAnswer", nullValue())
                .body("$", not(hasKey("text")))
                .body("$", not(hasKey("contact")));
        officer().get(BASE + "/{id}", referenceOf(code)).then().statusCode(200).body("contact", nullValue());
    }

    @ParameterizedTest
    @EnumSource(ComplaintCategory.class)
    void filesWithAContactThatOnlyStaffSee(ComplaintCategory category) {
        JsonPath filed = file(category.name(), "  081-234-5678  ");
        String code = filed.getString("trackingCode");
        assertEquals("RECEIVED", filed.getString("status"));
        assertEquals(category.name(), filed.getString("category"));
        citizen().get(BASE + "/track/{code}", code).then().statusCode(200).body("$", not(hasKey("contact")));
        officer().get(BASE + "/{id}", referenceOf(code)).then().statusCode(200)
                .body("contact", equalTo("081-234-5678"))
                .body("text", containsString("เรียกคิวคนรู้จักก่อน"));
    }

    @Test
    void answersWithACodeToKeep() {
        citizen().body(Map.of("category", "UNFAIR_SERVICE", "text", "ไม่ได้รับบริการเท่าเทียม",
                "servicePoint", "pao-hq")).post(BASE).then().statusCode(201)
                .body("trackingCode", matchesPattern(CODE_FORMAT))
                .body("status", equalTo("RECEIVED"))
                .body("category", equalTo("UNFAIR_SERVICE"))
                .body("createdAt", notNullValue())
                .body("messageTh", containsString("รหัสติดตาม"))
                .body("message", containsString("tracking code"));
    }

    @Test
    void tracksACodeTypedInLowerCaseWithoutDashes() {
        String code = file("GENERAL").getString("trackingCode");
        String typed = code.replace("-", " ").toLowerCase(Locale.ROOT);
        citizen().get(BASE + "/track/{code}", typed).then().statusCode(200).body("trackingCode", equalTo(code));
    }

    @Test
    void recordsTheServicePoint() {
        String code = citizen().body(Map.of("category", "GENERAL", "text", "รอนาน", "servicePoint", "pao-hq"))
                .post(BASE).then().statusCode(201).extract().jsonPath().getString("trackingCode");
        officer().get(BASE + "/{id}", referenceOf(code)).then().statusCode(200).body("servicePoint", equalTo("pao-hq"));
    }

    @Test
    void unknownTrackingCodeIsNotFound() {
        problem(citizen().get(BASE + "/track/{code}", "2222-2222-2222").then(), 404, "NOT_FOUND");
        problem(citizen().get(BASE + "/track/{code}", "not-a-code").then(), 404, "NOT_FOUND");
    }

    @Test
    void refusesInvalidComplaintsAndStoresNothing() {
        long before = stored();
        refused(Map.of("text", "ไม่มีหมวด"), "category");
        refused(Map.of("category", "BRIBERY", "text", "หมวดที่ไม่มี"), "category");
        refused(Map.of("category", "GENERAL", "text", "   "), "text");
        refused(Map.of("category", "GENERAL"), "text");
        refused(Map.of("category", "GENERAL", "text", "ก".repeat(4001)), "text");
        refused(Map.of("category", "GENERAL", "text", "NUL \u0000 here"), "text");
        refused(Map.of("category", "GENERAL", "text", "ติดต่อยาว", "contact", "0".repeat(201)), "contact");
        refused(Map.of("category", "GENERAL", "text", "ไม่มีจุดนี้", "servicePoint", "nowhere"), "servicePoint");
        assertEquals(before, stored());
    }

    private static void refused(Map<String, String> body, String field) {
        problem(citizen().filter(UNCHECKED_REQUEST).body(new HashMap<>(body)).post(BASE).then(), 422, "INVALID")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.messageTh", notNullValue())
                .body("errors.find { it.field == '" + field + "' }.message", notNullValue());
    }
}
