package th.servicepoint.support;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;

/** The demo data's service point {@code pao-hq} as its kiosk, display and clerk reach a {@link PackagedApp}. */
public final class DemoSite {

    public static final String TICKETS_PATH = "/api/v1/service-points/pao-hq/tickets";
    public static final String DISPLAY_PATH = "/ws/v1/service-points/pao-hq/display?key=demo-display";
    /** clerk1:clerk */
    private static final String CLERK = "Basic Y2xlcmsxOmNsZXJr";
    /** exec:exec */
    private static final String EXECUTIVE = "Basic ZXhlYzpleGVj";
    /** admin:admin */
    private static final String ADMIN = "Basic YWRtaW46YWRtaW4=";

    private DemoSite() {
    }

    /** The demo kiosk's request for a ticket of {@code service}, to send to {@link #TICKETS_PATH}. */
    public static HttpRequest.Builder kioskTicket(String service) {
        return HttpRequest.newBuilder().header("Content-Type", "application/json").header("X-Device-Key", "demo-kiosk")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"" + service + "\"}"));
    }

    /** Issues a ticket through the demo kiosk, expecting 201. */
    public static JsonPath issue(PackagedApp app, String service) throws IOException, InterruptedException {
        HttpResponse<String> response = app.send(kioskTicket(service), TICKETS_PATH);
        if (response.statusCode() != 201) {
            throw new AssertionError("issuing answered " + response.statusCode() + ": " + response.body());
        }
        return new JsonPath(response.body());
    }

    /** A request signed in as clerk1. */
    public static HttpRequest.Builder clerkRequest() {
        return HttpRequest.newBuilder().header("Authorization", CLERK);
    }

    /** POSTs {@code {}} as clerk1, expecting 200; returns the body. */
    public static String clerk(PackagedApp app, String path) throws IOException, InterruptedException {
        return app.post(path, "{}", 200, "Authorization", CLERK);
    }

    /** GETs {@code path} as the demo executive, expecting 200. */
    public static JsonPath executive(PackagedApp app, String path) throws IOException, InterruptedException {
        return ok(app.send(HttpRequest.newBuilder().header("Authorization", EXECUTIVE), path));
    }

    /** GETs {@code path} as the demo administrator, expecting 200. */
    public static JsonPath admin(PackagedApp app, String path) throws IOException, InterruptedException {
        return ok(app.send(HttpRequest.newBuilder().header("Authorization", ADMIN), path));
    }

    /** POSTs {@code {}} as the demo administrator, expecting 200; returns the body. */
    public static String adminPost(PackagedApp app, String path) throws IOException, InterruptedException {
        return app.post(path, "{}", 200, "Authorization", ADMIN);
    }

    /** The citizen's view of a ticket. */
    public static JsonPath publicStatus(PackagedApp app, String trackingToken) throws IOException, InterruptedException {
        return ok(app.send(HttpRequest.newBuilder(), "/api/v1/tickets/" + trackingToken));
    }

    /** The token of a survey link ({@code …/survey/?t=TOKEN}). */
    public static String surveyToken(String surveyUrl) {
        if (surveyUrl == null || !surveyUrl.contains("?t=")) {
            throw new AssertionError("not a survey link: " + surveyUrl);
        }
        return surveyUrl.substring(surveyUrl.indexOf("?t=") + 3);
    }

    /** Answers the survey of {@code token} as a citizen does, taking the first choice of every item; expects 201. */
    public static void answerSurvey(PackagedApp app, String token, String comment)
            throws IOException, InterruptedException {
        List<Map<String, Object>> items = ok(app.send(HttpRequest.newBuilder(), "/api/v1/surveys/" + token))
                .getList("items");
        String answers = items.stream().filter(item -> !((List<?>) item.get("options")).isEmpty())
                .map(item -> "\"" + item.get("code") + "\":\"" + ((Map<?, ?>) ((List<?>) item.get("options")).get(0))
                        .get("value") + "\"")
                .collect(Collectors.joining(","));
        app.post("/api/v1/surveys/" + token + "/responses",
                "{\"answers\":{" + answers + "},\"comment\":\"" + comment + "\"}", 201);
    }

    /** The id of counter 1, as the display sees the queue. */
    public static long counterOne(PackagedApp app) throws IOException, InterruptedException {
        JsonPath queue = ok(app.send(HttpRequest.newBuilder().header("X-Device-Key", "demo-display"),
                "/api/v1/service-points/pao-hq/queue"));
        return queue.getLong("counters.find { it.number == 1 }.id");
    }

    private static JsonPath ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return new JsonPath(response.body());
    }
}
