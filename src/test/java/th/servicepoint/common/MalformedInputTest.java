package th.servicepoint.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Metrics;
import th.servicepoint.support.Site;

/**
 * The hostile client: requests that are wrong in their form rather than their content. Each gets a 4xx
 * problem+json that names what to change, and changes nothing.
 */
@QuarkusTest
class MalformedInputTest {

    private static final String COMPLAINTS = "/api/v1/complaints";

    @Inject
    Fixtures fixtures;

    Site site;

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").service("C").counter(1, "A", "C").create();
    }

    @Test
    void duplicateJsonKeysAreRefusedNamingTheKey() {
        openCounter(site, 1);
        long waiting = issue(site, "A").getLong("id");
        String twice = "{\"reason\":\"a\",\"reason\":\"b\"}";
        duplicate(clerkOf(site, 1).body(twice).post("/api/v1/tickets/{id}/cancel", waiting).then(), "reason");
        duplicate(clerkOf(site, 1).body(twice).post("/api/v1/counters/{c}/tickets/{t}/call", site.counter(1), waiting)
                .then(), "reason");
        duplicate(clerkOf(site, 1).body("{\"service\":\"C\",\"service\":\"A\"}")
                .post("/api/v1/tickets/{id}/transfer", waiting).then(), "service");
        duplicate(kiosk(site).body("{\"service\":\"A\",\"priority\":\"NORMAL\",\"priority\":\"MONK\"}")
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), "priority");
        // nested objects too: which answer would count? (refused while the body is read, before the link is looked up)
        duplicate(given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON)
                .body("{\"answers\":{\"E1.1\":\"MOST\",\"E1.1\":\"LEAST\"}}")
                .post("/api/v1/surveys/{token}/responses", "any-link").then(), "E1.1");
        // none of them did anything: the ticket still waits where it was
        clerkOf(site, 1).get("/api/v1/counters/{id}/waiting", site.counter(1)).then().statusCode(200)
                .body("waiting.size()", equalTo(1)).body("waiting[0].id", equalTo((int) waiting))
                .body("waiting[0].number", equalTo("A001"));
    }

    @Test
    void pageOutOfRangeOrNotANumberIs422NamingTheParameterAndRange() {
        for (String page : List.of("42949673", "2147483647", "-1", "abc", "1.5", "99999999999999999999")) {
            invalidParameter(
                    given().filter(UNCHECKED_REQUEST).auth().preemptive().basic("officer", "officer").queryParam("page", page)
                            .get(COMPLAINTS).then(),
                    "page", "0");
        }
        given().filter(UNCHECKED_REQUEST).auth().preemptive().basic("officer", "officer").queryParam("page", "0")
                .get(COMPLAINTS).then()
                .statusCode(200);
        // the last page there is answers, empty
        given().filter(UNCHECKED_REQUEST).auth().preemptive().basic("officer", "officer").queryParam("page", "100000")
                .get(COMPLAINTS).then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void qrSizeOutOfRangeOrNotANumberIs422NamingTheParameterAndRange() {
        String token = issue(site, "A").getString("trackingToken");
        for (String size : List.of("abc", "99999999999", "-5", "100", "1e3")) {
            invalidParameter(
                    given().filter(UNCHECKED_REQUEST).queryParam("size", size).get("/api/v1/tickets/{t}/qr.png", token).then(),
                    "size",
                    "2000");
        }
        given().filter(UNCHECKED_REQUEST).queryParam("size", "250").get("/api/v1/tickets/{t}/qr.png", token).then()
                .statusCode(200)
                .contentType("image/png");
        // left empty, it is left out: the default size
        given().filter(UNCHECKED_REQUEST).queryParam("size", "").get("/api/v1/tickets/{t}/qr.png", token).then().statusCode(200)
                .contentType("image/png");
    }

    @Test
    void cancelTakesNoBodyAtAll() throws Exception {
        openCounter(site, 1);
        long first = issue(site, "A").getLong("id");
        long second = issue(site, "A").getLong("id");
        // neither a body nor a Content-Type, as docs/api.md allows (HttpClient sends exactly that: Content-Length: 0)
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(root.resolve("/api/v1/tickets/" + first + "/cancel"))
                .header("Authorization", basic((site.clerk(1) + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, bare.statusCode(), bare.body());
        assertTrue(bare.body().contains("\"CANCELLED\""), bare.body());
        // an empty JSON body is the same
        clerkOf(site, 1).post("/api/v1/tickets/{id}/cancel", second).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void undecodableBasicCredentialsAre401() {
        List<String> headers = List.of(
                basic("clerk1\u0000:clerk".getBytes(StandardCharsets.UTF_8)),
                basic(("\u0000:x").getBytes(StandardCharsets.UTF_8)),
                basic(new byte[] { (byte) 0xff, (byte) 0xfe, ':', 'x' }),
                basic("no-colon".getBytes(StandardCharsets.UTF_8)),
                basic(":".getBytes(StandardCharsets.UTF_8)),
                "Basic !!!not-base64!!!",
                "Basic ",
                "Basic",
                "Basic " + "A".repeat(10_000),
                "Bearer x.y.z");
        for (String header : headers) {
            problem(given().filter(UNCHECKED_REQUEST).header("Authorization", header).get("/api/v1/admin/users").then(), 401,
                    "UNAUTHENTICATED");
        }
    }

    @Test
    void methodNotAllowedSaysWhichMethodsTheAddressTakes() {
        long ticket = issue(site, "A").getLong("id");
        ValidatableResponse cancel = clerkOf(site, 1).filter(UNCHECKED_REQUEST).delete("/api/v1/tickets/{id}/cancel", ticket)
                .then();
        problem(cancel, 405, "HTTP_405").header("Allow", allOf(containsString("POST"), not(containsString("GET"))));
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).put(COMPLAINTS).then(), 405, "HTTP_405")
                .header("Allow", allOf(containsString("GET"), containsString("POST"), not(containsString("PUT"))));
        problem(given().filter(UNCHECKED_REQUEST).delete("/api/v1/tickets/{token}", "some-token").then(), 405, "HTTP_405")
                .header("Allow", allOf(containsString("GET"), not(containsString("POST"))));
    }

    @Test
    void unknownAddressesDoNotFloodTheMetrics() {
        Set<String> marks = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String mark = "zz" + UUID.randomUUID().toString().replace("-", "");
            marks.add(mark);
            // not found, not allowed (405), refused sign-in (401) and OPTIONS on addresses no route has
            ExtractableResponse<Response> answer = switch (i % 6) {
                case 0 -> given().filter(UNCHECKED_REQUEST).get("/" + mark).then().extract();
                case 1 -> given().filter(UNCHECKED_REQUEST).post("/api/v1/" + mark).then().extract();
                case 2 -> given().filter(UNCHECKED_REQUEST).delete("/api/v1/tickets/" + mark).then().extract();
                case 3 -> given().filter(UNCHECKED_REQUEST).get("/kiosk/" + mark + ".js").then().extract();
                case 4 -> given().filter(UNCHECKED_REQUEST)
                        .header("Authorization", basic(("a\u0000" + mark + ":x").getBytes(StandardCharsets.UTF_8)))
                        .get("/api/v1/complaints/" + mark + "/none").then().extract();
                default -> given().filter(UNCHECKED_REQUEST).options("/api/v1/tickets/" + mark).then().extract();
            };
            assertTrue(answer.statusCode() < 500, mark + " answered " + answer.statusCode());
        }
        String token = issue(site, "A").getString("trackingToken");
        given().filter(UNCHECKED_REQUEST).get("/api/v1/tickets/{t}", token).then().statusCode(200);

        Set<String> uris = Metrics.scrape().labelValues("http_server_requests_seconds_count", "uri");
        assertTrue(uris.stream().noneMatch(uri -> marks.stream().anyMatch(uri::contains)),
                "unknown addresses became metrics: " + uris);
        assertTrue(uris.contains("/api/v1/tickets/{trackingToken}"), "a real route is missing: " + uris);
        assertTrue(uris.contains("/api/v1/service-points/{sp}/tickets"), "a real route is missing: " + uris);
    }

    @Test
    void unknownApiAddressesAreProblems() {
        problem(given().filter(UNCHECKED_REQUEST).get("/api/v1/no-such-thing").then(), 404, "HTTP_404");
        problem(clerkOf(site, 1).filter(UNCHECKED_REQUEST).post("/api/v1/tickets/1/no-such-action").then(), 404, "HTTP_404");
    }

    @Test
    void theOpenApiDocumentStatesTheseAnswers() {
        given().filter(UNCHECKED_REQUEST).queryParam("format", "json")
                .get(TestHTTPResourceManager.getManagementUri() + "/openapi").then().statusCode(200)
                .rootPath("paths")
                .body("'/api/v1/complaints'.get.parameters.find { it.name == 'page' }.schema.maximum", equalTo(100000))
                .body("'/api/v1/complaints'.get.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("'/api/v1/tickets/{trackingToken}/qr.png'.get.parameters.find { it.name == 'size' }.schema.minimum",
                        equalTo(200))
                .body("'/api/v1/tickets/{trackingToken}/qr.png'.get.responses.'422'.description",
                        containsString("INVALID"))
                .body("'/api/v1/tickets/{id}/transfer'.post.responses.'400'.description", containsString("DUPLICATE_KEY"))
                .body("'/api/v1/tickets/{id}/cancel'.post.requestBody.required", not(equalTo(true)))
                .body("'/api/v1/tickets/{id}/cancel'.post.responses.'200'", not(nullValue()))
                .noRootPath().body("components.schemas.Problem.properties.errors.items.properties.field.type",
                        equalTo("string"));
    }

    private static String basic(byte[] credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials);
    }

    private static void duplicate(ValidatableResponse response, String key) {
        problem(response, 400, "DUPLICATE_KEY").body("errors[0].field", equalTo(key))
                .body("detail", containsString("'" + key + "'"));
    }

    private static void invalidParameter(ValidatableResponse response, String parameter, String rangeMention) {
        problem(response, 422, "INVALID").body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", containsString(rangeMention))
                .body("errors[0].messageTh", containsString(rangeMention)).body("errors[1]", nullValue());
    }
}
