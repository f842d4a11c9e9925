package th.servicepoint.survey;

import static io.restassured.RestAssured.given;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.surveyUrl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Site;

/** A citizen served at counter 1 of a test site, and what they do with the survey link. */
public final class Visits {

    /** Every required item of the default questionnaire, answered. */
    static final Map<String, String> ALL_ANSWERED = Map.ofEntries(Map.entry("E1.1", "MOST"),
            Map.entry("E1.2", "MUCH"), Map.entry("E2", "MOST"), Map.entry("E3", "LITTLE"), Map.entry("E5", "LEAST"),
            Map.entry("E6.1", "MOST"), Map.entry("E6.2", "MUCH"), Map.entry("E9", "MOST"), Map.entry("E11", "MUCH"),
            Map.entry("E12", "MUCH"), Map.entry("E14", "LITTLE"), Map.entry("E15", "MOST"), Map.entry("OVERALL", "5"));

    record Visit(long ticketId, String trackingToken, String surveyUrl) {

        String token() {
            return surveyUrl.substring(surveyUrl.indexOf("?t=") + 3);
        }
    }

    private Visits() {
    }

    /** Issues a ticket for service A, and the clerk of counter 1 (open) calls, serves and completes it. */
    static Visit serve(Site site) {
        String trackingToken = issue(site, "A").getString("trackingToken");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        return new Visit(id, trackingToken, surveyUrl(trackingToken));
    }

    public static ValidatableResponse survey(String token) {
        return given().get("/api/v1/surveys/{token}", token).then();
    }

    /**
     * Answers exactly what a view asks: {@code preferred} where it has the item, else the item's first option; never
     * a heading, never an item the view did not ask.
     */
    public static Map<String, String> asAsked(JsonPath view, Map<String, String> preferred) {
        Map<String, String> answers = new HashMap<>();
        List<Map<String, Object>> items = view.getList("items");
        for (Map<String, Object> item : items) {
            List<Map<String, Object>> options = cast(item.get("options"));
            String code = (String) item.get("code");
            if (!options.isEmpty()) {
                answers.put(code, preferred.getOrDefault(code, (String) options.get(0).get("value")));
            }
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    public static ValidatableResponse answer(String token, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/surveys/{token}/responses", token)
                .then();
    }

    static ValidatableResponse answer(String token, Map<String, String> answers, String comment) {
        return answer(token, comment == null ? Map.of("answers", answers)
                : Map.of("answers", answers, "comment", comment));
    }
}
