package th.servicepoint.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.issue;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Api;
import th.servicepoint.support.Site;

/** Citizens served and answering the survey, and executives reading the report, through the API. */
public final class Surveyed {

    public static final String REPORTS = "/api/v1/reports";

    /** Every required item of the default questionnaire, answered in a mix of levels. */
    public static final Map<String, String> MIXED = Map.ofEntries(Map.entry("E1.1", "MOST"), Map.entry("E1.2", "MUCH"),
            Map.entry("E2", "MOST"), Map.entry("E3", "LITTLE"), Map.entry("E5", "LEAST"), Map.entry("E6.1", "MOST"),
            Map.entry("E6.2", "MUCH"), Map.entry("E9", "MOST"), Map.entry("E11", "MUCH"), Map.entry("E12", "MUCH"),
            Map.entry("E14", "LITTLE"), Map.entry("E15", "MOST"), Map.entry("OVERALL", "4"));

    /** Every required item at its best. */
    public static final Map<String, String> BEST = Map.ofEntries(Map.entry("E1.1", "MOST"), Map.entry("E1.2", "MOST"),
            Map.entry("E2", "MOST"), Map.entry("E3", "MOST"), Map.entry("E5", "MOST"), Map.entry("E6.1", "MOST"),
            Map.entry("E6.2", "MOST"), Map.entry("E9", "MOST"), Map.entry("E11", "MOST"), Map.entry("E12", "MOST"),
            Map.entry("E14", "MOST"), Map.entry("E15", "MOST"), Map.entry("OVERALL", "5"));

    private Surveyed() {
    }

    /**
     * A ticket for {@code prefix} issued, called, served and completed at {@code counter} (open, nothing else
     * waiting), and its survey answered now; returns the invitation token.
     */
    public static String serveAndAnswer(Site site, String prefix, int counter, Map<String, String> answers, String comment) {
        return answer(serve(site, prefix, counter), answers, comment);
    }

    /** Serves a ticket as above; returns its survey token, not yet answered. */
    public static String serve(Site site, String prefix, int counter) {
        String trackingToken = issue(site, prefix).getString("trackingToken");
        long id = callNext(site, counter).getLong("id");
        act(site, counter, id, "start").statusCode(200);
        act(site, counter, id, "complete").statusCode(200);
        return Api.surveyToken(Api.surveyUrl(trackingToken));
    }

    public static String answer(String token, Map<String, String> answers, String comment) {
        given().contentType(ContentType.JSON).body(body(answers, comment))
                .post("/api/v1/surveys/{token}/responses", token).then().statusCode(201);
        return token;
    }

    /** The poster token of a counter, made by an administrator. */
    public static String poster(Site site, int counter) {
        String url = admin().post("/api/v1/admin/counters/{id}/poster", site.counter(counter)).then().statusCode(201)
                .extract().path("url");
        return url.substring(url.indexOf("?p=") + 3);
    }

    public static void answerPoster(String posterToken, Map<String, String> answers, String comment) {
        given().contentType(ContentType.JSON).body(body(answers, comment))
                .post("/api/v1/surveys/posters/{token}/responses", posterToken).then().statusCode(201);
    }

    /** A new division, and a site's service made its responsibility. */
    public static void assignDivision(Site site, String prefix, String divisionCode, String nameTh, String nameEn) {
        admin().body(Map.of("code", divisionCode, "nameTh", nameTh, "nameEn", nameEn)).post("/api/v1/admin/divisions")
                .then().statusCode(201);
        admin().body(Map.of("nameTh", "งาน " + prefix, "nameEn", "Service " + prefix, "division", divisionCode))
                .put("/api/v1/admin/service-points/{sp}/services/{prefix}", site.code(), prefix).then().statusCode(200)
                .body("division", equalTo(divisionCode));
    }

    /** The report as an executive gets it, e.g. {@code report("fiscalYear=2590&half=1&servicePoint=x")}. */
    public static JsonPath report(String query) {
        String body = reportResponse(query).statusCode(200).contentType(ContentType.JSON).extract().asString();
        // scores are doubles; JsonPath reads decimals as floats unless told
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    public static ValidatableResponse reportResponse(String query) {
        return executive().get(REPORTS + "?" + query).then().log().ifValidationFails();
    }

    private static Map<String, Object> body(Map<String, String> answers, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }
}
