package th.servicepoint.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.newServicePoint;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The HTTP edge as a hostile page, a careless browser and an attacker on the network see it: headers that keep the
 * screens to themselves, files revalidated and compressed, staff sessions in a cookie, other sites' pages refused.
 */
@QuarkusTest
class HttpEdgeTest {

    private static final String EVIL = "https://evil.example";
    private static final String DEVICE_KEYS = "/api/v1/admin/device-keys";

    @TestHTTPResource("/")
    URL self;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReady;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void screensSendTheirPolicyAndNoAddressLeaks() {
        Response kiosk = given().get("/kiosk/");
        kiosk.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", nullValue());
        // an API answer is never a page to frame or to sniff
        given().get("/api/v1/service-points").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
        // a refused request too
        given().filter(UNCHECKED_REQUEST).get("/api/v1/admin/users").then().statusCode(401).header("X-Content-Type-Options",
                "nosniff");
    }

    @Test
    void overTlsBrowsersAreToldToStayOnTls() {
        // the agency's proxy terminates TLS and says so; quarkus.http.proxy.* trusts it (here: this machine)
        given().header("X-Forwarded-Proto", "https").get("/display/").then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000");
        given().header("X-Forwarded-Proto", "https").get("/api/v1/service-points").then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void htmlAndScriptsAreRevalidatedWithAnEtag() {
        for (String path : new String[] { "/clerk/", "/clerk/clerk.js", "/common/base.css", "/" }) {
            Response first = given().get(path);
            first.then().statusCode(200).header("Cache-Control", "no-cache")
                    .header("Cache-Control", not(containsString("immutable")));
            String etag = first.header("ETag");
            assertTrue(etag != null && etag.startsWith("W/\""), path + " ETag " + etag);

            given().header("If-None-Match", etag).get(path).then().statusCode(304)
                    .header("ETag", etag).header("Cache-Control", "no-cache").body(emptyString());
            given().header("If-None-Match", "W/\"an-older-version\"").get(path).then().statusCode(200)
                    .header("ETag", etag).body(not(emptyString()));
        }
        assertFalse(given().get("/kiosk/").header("ETag").equals(given().get("/display/").header("ETag")),
                "each file has its own ETag");
    }

    @Test
    void textIsCompressedForClientsThatAcceptIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] { "/clerk/", "/clerk/clerk.js", "/common/base.css",
                "/api/v1/service-points" }) {
            URI uri = self.toURI().resolve(path);
            HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                    BodyHandlers.ofByteArray());
            assertEquals(200, gzip.statusCode(), path);
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null), path);
            HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofByteArray());
            assertTrue(plain.headers().firstValue("Content-Encoding").filter("gzip"::equals).isEmpty(), path);
            assertTrue(gzip.body().length < plain.body().length, path + " is smaller compressed");
        }
    }

    @Test
    void aForeignPageCannotRevokeADeviceKeyWithBasicOrWithTheSessionCookie() {
        long id = newDisplayKey();
        String cookie = signIn("admin", "admin");

        admin().header("Origin", EVIL).post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FOREIGN_ORIGIN"))
                .body("detailTh", notNullValue()).header("X-Content-Type-Options", "nosniff");
        given().cookie("servicepoint-session", cookie).header("Origin", EVIL)
                .post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(403).body("code", equalTo("FOREIGN_ORIGIN"));
        // a sandboxed page or a file sends Origin: null
        given().cookie("servicepoint-session", cookie).header("Origin", "null")
                .post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(403);
        // the same host on another port or scheme is another site
        given().cookie("servicepoint-session", cookie).header("Origin", "http://localhost:1")
                .post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(403);
        assertTrue(active(id), "nothing was revoked");

        given().cookie("servicepoint-session", cookie).header("Origin", origin())
                .post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void theServicesOwnPagesPassBehindATlsProxy() {
        long id = newDisplayKey();
        // the proxy serves https://localhost (port 443) and says so
        admin().header("X-Forwarded-Proto", "https").header("Host", "localhost").header("Origin", "https://localhost")
                .post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(200);
        // on another port it says which (X-Forwarded-Port, as ingress-nginx and our Caddyfile send)
        String publicOrigin = "https://localhost:" + self.getPort();
        admin().header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", String.valueOf(self.getPort()))
                .header("Origin", publicOrigin).post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(200);
        // plain HTTP at that address is another origin than the one the proxy serves
        admin().header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", String.valueOf(self.getPort()))
                .header("Origin", origin()).post(DEVICE_KEYS + "/{id}/revoke", id).then().statusCode(403);
    }

    @Test
    void scriptsWithoutOriginAndListedOriginsPass() {
        long id = newDisplayKey();
        admin().header("Origin", "https://intranet.test.example").post(DEVICE_KEYS + "/{id}/revoke", id).then()
                .statusCode(200);
        long other = newDisplayKey();
        admin().post(DEVICE_KEYS + "/{id}/revoke", other).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void aForeignPageCannotSignSomeoneIn() {
        given().header("Origin", EVIL).contentType(ContentType.URLENC)
                .formParams(Map.of("j_username", "admin", "j_password", "admin"))
                .post("/j_security_check").then().statusCode(403).header("Set-Cookie", nullValue());
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureBehindTls() {
        Response plain = signInResponse(given(), "admin", "admin");
        String header = setCookie(plain);
        assertTrue(header.toLowerCase().contains("httponly"), header);
        assertTrue(header.toLowerCase().contains("samesite=strict"), header);
        assertFalse(header.contains("Secure"), "over plain HTTP a Secure cookie would not come back: " + header);

        String tls = setCookie(signInResponse(given().header("X-Forwarded-Proto", "https"), "admin", "admin"));
        assertTrue(tls.contains("Secure"), tls);

        // the cookie signs the browser in; no Authorization header needed
        given().cookie("servicepoint-session", plain.cookie("servicepoint-session"))
                .get("/api/v1/admin/users").then().statusCode(200);
    }

    @Test
    void aDeactivatedOrDemotedAccountLosesItsSessionAtOnce() {
        String username = "edge-" + System.nanoTime();
        admin().body(Map.of("username", username, "password", "password-1", "displayName", "ผู้บริหารทดสอบ",
                "roles", List.of("EXECUTIVE", "ADMIN"))).post("/api/v1/admin/users").then().statusCode(201);
        String cookie = signIn(username, "password-1");
        given().cookie("servicepoint-session", cookie).get("/api/v1/admin/users").then().statusCode(200);

        admin().body(Map.of("displayName", "ผู้บริหารทดสอบ", "roles", List.of("EXECUTIVE"), "active", true))
                .put("/api/v1/admin/users/{u}", username).then().statusCode(200);
        given().cookie("servicepoint-session", cookie).get("/api/v1/admin/users").then().statusCode(403);
        given().cookie("servicepoint-session", cookie).get("/api/v1/reports/snapshots").then().statusCode(200);

        admin().body(Map.of("displayName", "ผู้บริหารทดสอบ", "roles", List.of("EXECUTIVE"), "active", false))
                .put("/api/v1/admin/users/{u}", username).then().statusCode(200);
        given().filter(UNCHECKED_REQUEST).cookie("servicepoint-session", cookie).get("/api/v1/reports/snapshots").then()
                .statusCode(401);
    }

    @Test
    void aWrongPasswordIsAProblemTheScreenCanShow() {
        // as the screens post it (X-Requested-With): no challenge, so no browser dialog over the page's own message
        for (String username : new String[] { "admin", "nobody-of-that-name" }) {
            signInResponse(given().header("X-Requested-With", "XMLHttpRequest"), username, "not-the-password").then()
                    .statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                    .body("detailTh", notNullValue()).header("Set-Cookie", nullValue())
                    .header("WWW-Authenticate", nullValue());
        }
    }

    @Test
    void signingOutClearsTheCookie() {
        String cookie = signIn("admin", "admin");
        Response out = given().cookie("servicepoint-session", cookie).header("Origin", origin())
                .delete("/api/v1/session");
        out.then().statusCode(204);
        String cleared = setCookie(out);
        assertTrue(cleared.startsWith("servicepoint-session=;") || cleared.contains("Max-Age=0"), cleared);
    }

    @Test
    void healthMetricsAndOpenApiAreOnTheManagementPortOnly() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(404);
        RestAssured.given().get(managementReady).then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().accept("text/plain").get(managementMetrics).then().statusCode(200)
                .body(containsString("http_server_requests"));
        assertTrue(managementReady.getPort() != self.getPort(), "a port of its own");
        // Swagger UI there too (on in tests and dev mode, off in production unless QUARKUS_SWAGGER_UI_ENABLED)
        given().get("/q/swagger-ui/").then().statusCode(404);
        RestAssured.given().get(TestHTTPResourceManager.getManagementUri() + "/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"));
    }

    private static long newDisplayKey() {
        return admin().body(Map.of("name", "จอทดสอบ", "kind", "DISPLAY", "servicePoint", newServicePoint()))
                .post(DEVICE_KEYS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static boolean active(long id) {
        return admin().get(DEVICE_KEYS).then().statusCode(200).extract().jsonPath()
                .getBoolean("find { it.id == " + id + " }.active");
    }

    private String origin() {
        return "http://" + self.getHost() + ":" + self.getPort();
    }

    static String signIn(String username, String password) {
        Response response = signInResponse(given(), username, password);
        response.then().statusCode(200);
        String cookie = response.cookie("servicepoint-session");
        assertTrue(cookie != null && !cookie.isEmpty(), "a session cookie");
        return cookie;
    }

    private static Response signInResponse(RequestSpecification request, String username, String password) {
        return request.contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
    }

    private static String setCookie(Response response) {
        String header = response.header("Set-Cookie");
        assertEquals(true, header != null, "Set-Cookie");
        return header;
    }
}
