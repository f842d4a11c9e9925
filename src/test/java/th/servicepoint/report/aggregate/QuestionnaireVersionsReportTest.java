package th.servicepoint.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.formItems;
import static th.servicepoint.support.Api.openCounter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** A report over answers to two questionnaire versions: items are matched by code, worded as the newest version. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class QuestionnaireVersionsReportTest {

    private static final String QUESTIONNAIRE = "/api/v1/admin/questionnaires/current";
    private static final String REWORDED = "You were served as equally as anyone else";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void itemsAreMatchedByCodeAndWordedAndOrderedAsTheNewestVersion() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        clock.set("2049-01-12T03:00:00Z");
        serveAndAnswer(site, "A", 1, MIXED, null);
        List<Map<String, Object>> original = formItems(admin().get(QUESTIONNAIRE).then().statusCode(200).extract()
                .jsonPath().getList("items"));
        try {
            admin().body(Map.of("items", edited(original))).put(QUESTIONNAIRE).then().statusCode(200);
            Map<String, String> answers = new HashMap<>(MIXED);
            answers.put("FACILITIES", "4");
            serveAndAnswer(site, "A", 1, answers, null);

            JsonPath report = report("fiscalYear=2592&half=1&servicePoint=" + site.code());
            List<String> codes = report.getList("survey.questions.items.flatten().code");
            assertEquals(List.of("E2", "FACILITIES", "E3"), codes.subList(2, 5));
            assertEquals(2, report.getInt("survey.questions.find { it.code == 'E2' }.n"));
            assertEquals(1, report.getInt("survey.questions.find { it.code == 'FACILITIES' }.n"));
            assertEquals(REWORDED, report.getString("survey.wording.E2.textEn"));
            assertEquals("สิ่งอำนวยความสะดวก", report.getString("survey.wording.FACILITIES.textTh"));
        } finally {
            // the default items again, so other tests see them
            admin().body(Map.of("items", original)).put(QUESTIONNAIRE).then().statusCode(200);
        }
    }

    /** E2 reworded and an optional five-level item inserted after it. */
    private static List<Map<String, Object>> edited(List<Map<String, Object>> original) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : original) {
            Map<String, Object> copy = new HashMap<>(item);
            items.add(copy);
            if (item.get("code").equals("E2")) {
                copy.put("textEn", REWORDED);
                Map<String, Object> facilities = new HashMap<>();
                facilities.put("code", "FACILITIES");
                facilities.put("scale", "LIKERT5");
                facilities.put("required", false);
                facilities.put("textTh", "สิ่งอำนวยความสะดวก");
                facilities.put("textEn", "Facilities");
                items.add(facilities);
            }
        }
        return items;
    }
}
