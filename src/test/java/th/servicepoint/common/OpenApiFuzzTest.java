package th.servicepoint.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OwnApplication;
import th.servicepoint.support.Site;

/**
 * Every operation of the served OpenAPI document, sent a little of everything a careless or hostile client sends:
 * wrong JSON types, huge numbers, empty and truncated bodies, keys twice, invalid UTF-8, overlong text, odd and
 * repeated query parameters and path segments. No answer may be a 5xx, every refusal is problem+json, and every
 * answer is one the document states (status, content type, body).
 * <p>
 * What the fuzzing manages to create (service points, divisions, users with odd names) must not become the data of the
 * screen tests, so it runs in a Quarkus of its own: a test profile restarts the application on an emptied schema, and
 * Quarkus runs the classes with a profile after the others.
 */
@QuarkusTest
@TestProfile(OwnApplication.class)
class OpenApiFuzzTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    /** Would replace the questionnaire every other test answers; its input is fuzzed by QuestionnaireAdminTest. */
    private static final Set<String> SKIPPED = Set.of("put /api/v1/admin/questionnaires/current");
    private static final String HUGE = "123456789012345678901234567890";
    private static final String OVERLONG = "ก".repeat(5_000);
    /** Overlong for any parameter, yet within the 4096 bytes an HTTP request line may take. */
    private static final String OVERLONG_PARAMETER = URLEncoder.encode("ก".repeat(300), StandardCharsets.UTF_8);
    private static final byte[] INVALID_UTF8 = { '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '"' };

    @Inject
    Fixtures fixtures;

    private Site site;
    private JsonPath document;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void noOperationAnswersAServerErrorOrAnErrorThatIsNotAProblem() {
        site = fixtures.site().service("A").counter(1, "A").create();
        document = given().queryParam("format", "json").get(TestHTTPResourceManager.getManagementUri() + "/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : METHODS) {
                if (path.getValue().get(method) instanceof Map<?, ?> operation
                        && !SKIPPED.contains(method + " " + path.getKey())) {
                    fuzz(method, path.getKey(), operation);
                    operations++;
                }
            }
        }
        assertTrue(operations > 50, "the document lists only " + operations + " operations");
        // the fuzzing got past sign-in and reading into the operations: some answers are refusals of the content,
        // some are successes
        assertTrue(statuses.getOrDefault(422, 0) > 100 && statuses.getOrDefault(200, 0) > 20, "answers: " + statuses);
        assertTrue(failures.isEmpty(), failures.size() + " answers broke the rules:\n" + String.join("\n", failures));
    }

    private void fuzz(String method, String template, Map<?, ?> operation) {
        List<Map<String, Object>> parameters = parameters(operation);
        Map<String, String> pathValues = new LinkedHashMap<>();
        parameters.stream().filter(p -> "path".equals(p.get("in")))
                .forEach(p -> pathValues.put((String) p.get("name"), plausible((String) p.get("name"))));
        UnaryOperator<RequestSpecification> caller = callerFor(method, template, pathValues, operation);

        for (String name : pathValues.keySet()) {
            for (String value : List.of(HUGE, "-1", "%FF%FE", "%00", OVERLONG_PARAMETER)) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, value);
                send(method, template, values, caller, "path " + name + "=" + abbreviate(value));
            }
        }
        parameters.stream().filter(p -> "query".equals(p.get("in"))).map(p -> (String) p.get("name"))
                .forEach(name -> {
                    for (String value : List.of("abc", HUGE, "2147483647", "-2147483648", "", "%FF%FE", OVERLONG_PARAMETER,
                            "1.5e300")) {
                        send(method, template, pathValues, spec -> caller.apply(spec).queryParam(name, value),
                                "query " + name + "=" + abbreviate(value));
                    }
                    send(method, template, pathValues, spec -> caller.apply(spec).queryParam(name, "1", "abc"),
                            "query " + name + " twice");
                });
        if (!method.equals("get") && !method.equals("delete")) {
            fuzzBodies(method, template, pathValues, caller, operation);
        }
    }

    private void fuzzBodies(String method, String template, Map<String, String> pathValues,
            UnaryOperator<RequestSpecification> caller, Map<?, ?> operation) {
        for (String body : List.of("", "{}", "[]", "null", "\"text\"", HUGE, "{\"a\":", "{\"a\":1,\"a\":2}",
                "[".repeat(5_000))) {
            send(method, template, pathValues, spec -> caller.apply(spec).contentType("application/json").body(body),
                    "body " + abbreviate(body));
        }
        send(method, template, pathValues, spec -> caller.apply(spec).contentType("application/json")
                .body(INVALID_UTF8), "body of invalid UTF-8");
        Map<String, Object> schema = requestSchema(operation);
        Map<String, Object> properties = schema == null ? Map.of() : properties(schema);
        for (String property : properties.keySet()) {
            String twice = "{\"" + property + "\":null,\"" + property + "\":null}";
            send(method, template, pathValues, spec -> caller.apply(spec).contentType("application/json").body(twice),
                    "body " + twice);
            for (Object wrong : List.of(HUGE, 1.5e300, true, List.of(), Map.of("x", 1), OVERLONG, "\u0000", "")) {
                Map<String, Object> body = plausibleObject(schema, 0);
                body.put(property, wrong instanceof String s && s.equals(HUGE) ? new BigInteger(HUGE) : wrong);
                send(method, template, pathValues,
                        spec -> caller.apply(spec).contentType("application/json").body(body),
                        "body " + property + "=" + abbreviate(String.valueOf(wrong)));
            }
        }
    }

    /** The first caller the operation does not turn away (401/403), so the fuzzing reaches past the sign-in. */
    private UnaryOperator<RequestSpecification> callerFor(String method, String template,
            Map<String, String> pathValues, Map<?, ?> operation) {
        List<UnaryOperator<RequestSpecification>> callers = List.of(
                spec -> spec,
                spec -> spec.header("X-Device-Key", site.kioskKey()),
                spec -> spec.auth().preemptive().basic(site.clerk(1), Fixtures.PASSWORD),
                spec -> spec.auth().preemptive().basic("officer", "officer"),
                spec -> spec.auth().preemptive().basic("exec", "exec"),
                spec -> spec.auth().preemptive().basic("admin", "admin"));
        for (UnaryOperator<RequestSpecification> caller : callers) {
            int status = send(method, template, pathValues, caller, "as this caller");
            if (status != 401 && status != 403) {
                return caller;
            }
        }
        return callers.get(callers.size() - 1);
    }

    private int send(String method, String template, Map<String, String> pathValues,
            UnaryOperator<RequestSpecification> request, String what) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        Response response;
        try {
            // wrong on purpose; the answer is still checked against the document (OpenApiContract)
            response = request.apply(given().filter(UNCHECKED_REQUEST).urlEncodingEnabled(false)).request(method, path);
        } catch (AssertionError undocumented) {
            failures.add(method.toUpperCase() + " " + template + " with " + what + ": " + undocumented.getMessage()
                    .lines().filter(line -> line.startsWith("[ERROR]")).findFirst().orElse(undocumented.getMessage()));
            return 0;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String type = String.valueOf(response.contentType());
        String label = method.toUpperCase() + " " + template + " with " + what + " → " + status;
        if (status >= 500 && !(status == 503 && type.startsWith("application/problem+json"))) {
            failures.add(label + " " + abbreviate(response.asString()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(label + " as " + type + " " + abbreviate(response.asString()));
        }
        return status;
    }

    /** A value for a path parameter that exists where the test made one (its own service point, service, clerk). */
    private String plausible(String name) {
        return switch (name) {
            case "sp", "code" -> site.code();
            case "prefix" -> "A";
            case "username" -> site.clerk(1);
            case "fiscalYear" -> "2569";
            case "half" -> "1";
            default -> name.toLowerCase().endsWith("id") || name.equals("version") ? "999999999" : "no-such-" + name;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<?, ?> operation) {
        Object parameters = operation.get("parameters");
        return parameters == null ? List.of() : (List<Map<String, Object>>) parameters;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestSchema(Map<?, ?> operation) {
        if (!(operation.get("requestBody") instanceof Map<?, ?> body)
                || !(body.get("content") instanceof Map<?, ?> content)
                || !(content.get("application/json") instanceof Map<?, ?> json)) {
            return null;
        }
        return resolve((Map<String, Object>) json.get("schema"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema != null && schema.get("$ref") instanceof String ref) {
            return resolve(document.getMap("components.schemas.'" + ref.substring(ref.lastIndexOf('/') + 1) + "'"));
        }
        if (schema != null && schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return resolve((Map<String, Object>) all.get(0));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Map<String, Object> schema) {
        Object properties = schema.get("properties");
        return properties == null ? Map.of() : (Map<String, Object>) properties;
    }

    /** An object the schema would take, as far as types go, so one wrong property is the only thing wrong. */
    private Map<String, Object> plausibleObject(Map<String, Object> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        properties(schema).forEach((name, property) -> object.put(name, plausibleValue(property, depth + 1)));
        return object;
    }

    @SuppressWarnings("unchecked")
    private Object plausibleValue(Object property, int depth) {
        Map<String, Object> schema = resolve((Map<String, Object>) property);
        if (schema == null || depth > 4) {
            return null;
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> List.of(plausibleValue(schema.get("items"), depth + 1));
            case "object" -> plausibleObject(schema, depth);
            default -> "date".equals(schema.get("format")) ? "2026-01-05"
                    : "date-time".equals(schema.get("format")) ? "2026-01-05T03:00:00Z" : "A";
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…(" + oneLine.length() + ")";
    }
}
