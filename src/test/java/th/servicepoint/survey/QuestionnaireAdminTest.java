package th.servicepoint.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.formItems;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Fixtures.auditRows;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;
import static th.servicepoint.survey.Visits.ALL_ANSWERED;
import static th.servicepoint.survey.Visits.answer;
import static th.servicepoint.survey.Visits.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.servicepoint.security.Role;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Editing the questionnaire publishes a new version; every response keeps the version it answered. */
@QuarkusTest
class QuestionnaireAdminTest {

    private static final String PATH = "/api/v1/admin/questionnaires";

    @Inject
    Fixtures fixtures;

    @Test
    void anEditPublishesANewVersionAndResponsesKeepTheirs() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        Map<String, Object> current = admin().get(PATH + "/current").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).extract().jsonPath().getMap("");
        int before = (Integer) current.get("version");
        Visits.Visit early = Visits.serve(site);
        answer(early.token(), ALL_ANSWERED, null).statusCode(201);
        Visits.Visit pending = Visits.serve(site);

        List<Map<String, Object>> items = new ArrayList<>(itemsOf(current));
        items.add(item("FACILITIES", null, null, "LIKERT5", false, "สิ่งอำนวยความสะดวก", "Facilities"));
        admin().body(Map.of("items", items)).put(PATH + "/current").then().statusCode(200)
                .body("version", equalTo(before + 1)).body("status", equalTo("PUBLISHED"))
                .body("items.code", hasItem("FACILITIES"));
        assertEquals(1, auditRows("QUESTIONNAIRE_PUBLISH", "version " + (before + 1) + ":"));
        admin().get(PATH + "/{v}", before).then().statusCode(200).body("status", equalTo("RETIRED"));
        admin().get(PATH).then().statusCode(200).body("find { it.version == " + before + " }.status",
                equalTo("RETIRED")).body("find { it.version == " + (before + 1) + " }.status", equalTo("PUBLISHED"));

        // an invitation minted before the edit is answered with the version current now
        survey(pending.token()).statusCode(200).body("version", equalTo(before + 1))
                .body("items.code", hasItem("FACILITIES"));
        Map<String, String> answers = new HashMap<>(ALL_ANSWERED);
        answers.put("FACILITIES", "4");
        answer(pending.token(), answers, null).statusCode(201);
        assertEquals(before + 1, fixtures.responsesOf(pending.ticketId()).get(0).version());
        assertEquals(before, fixtures.responsesOf(early.ticketId()).get(0).version());

        // the default items again, so other tests see them
        admin().body(Map.of("items", itemsOf(current))).put(PATH + "/current").then().statusCode(200)
                .body("version", equalTo(before + 2));
    }

    @Test
    void badItemsAreNamedAndNothingIsPublished() {
        int before = admin().get(PATH + "/current").then().statusCode(200).extract().path("version");
        List<Map<String, Object>> items = List.of(
                item("P", null, 6, null, false, "หัวข้อ", "Heading"),
                item("P.1", "P", 6, "ITA4", true, "ข้อย่อยที่มีข้อย่อย", "Sub-item with sub-items"),
                item("Q", "NOPE", 7, "ITA4", true, "ไม่มีหัวข้อ", "No parent"),
                item("R", null, 8, "STARS", true, "มาตรวัดผิด", "Unknown scale"),
                item("S", null, 9, "YES_NO", true, "ตัวชี้วัดผิด", "Unknown indicator"),
                item("S", null, null, "YES_NO", true, "ซ้ำ", "Twice"),
                item("T", null, null, null, true, "ไม่มีมาตรวัด", "No scale"),
                item("U", "P.1", null, "ITA4", true, "สามชั้น", "Three levels"));
        problem(admin().filter(UNCHECKED_REQUEST).body(Map.of("items", items)).put(PATH + "/current").then(), 422, "INVALID")
                .body("errors.field", containsInAnyOrder("items[1].scale", "items[2].parent", "items[3].scale",
                        "items[4].indicator", "items[5].code", "items[6].scale", "items[7].parent"));
        problem(admin().filter(UNCHECKED_REQUEST).body(Map.of("items", List.of())).put(PATH + "/current").then(), 422,
                "INVALID");
        admin().get(PATH + "/current").then().statusCode(200).body("version", equalTo(before));
    }

    @Test
    void onlyAdministratorsManageQuestionnaires() {
        String clerk = fixtures.user("qa-clerk-" + System.nanoTime(), Role.CLERK, true);
        problem(given().filter(UNCHECKED_REQUEST).get(PATH).then(), 401, "UNAUTHENTICATED");
        problem(as(clerk).get(PATH).then(), 403, "FORBIDDEN");
        problem(as(clerk).filter(UNCHECKED_REQUEST).body(Map.of("items", List.of())).put(PATH + "/current").then(), 403,
                "FORBIDDEN");
        problem(given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .put(PATH + "/current")
                .then(), 401, "UNAUTHENTICATED");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> itemsOf(Map<String, Object> questionnaire) {
        return formItems((List<Map<String, Object>>) questionnaire.get("items"));
    }

    private static Map<String, Object> item(String code, String parent, Integer indicator, String scale,
            boolean required, String textTh, String textEn) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("parent", parent);
        item.put("indicator", indicator);
        item.put("scale", scale);
        item.put("required", required);
        item.put("textTh", textTh);
        item.put("textEn", textEn);
        return item;
    }
}
