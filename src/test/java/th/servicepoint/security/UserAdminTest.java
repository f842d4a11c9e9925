package th.servicepoint.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Fixtures.auditRows;
import static th.servicepoint.support.Fixtures.unique;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.catalog.DemoData;

@QuarkusTest
class UserAdminTest {

    private static final String BASE = "/api/v1/admin/users";
    private static final String QUEUE = "/api/v1/service-points/" + DemoData.SERVICE_POINT + "/queue";

    private static String newUser(String password, String... roles) {
        String username = unique("user");
        admin().body(Map.of("username", username, "password", password, "displayName", "สมชาย ใจดี", "roles",
                List.of(roles))).post(BASE).then().statusCode(201);
        return username;
    }

    private static Map<String, Object> changes(String displayName, boolean active, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("active", active);
        body.put("roles", List.of(roles));
        return body;
    }

    @Test
    void createdUserSignsInAndNeverSeesAPasswordHash() {
        String username = unique("clerk");
        String created = admin().body(Map.of("username", username, "password", "รหัสผ่านยาวพอ", "displayName",
                "เจ้าหน้าที่ใหม่", "roles", List.of("CLERK"))).post(BASE)
                .then().statusCode(201)
                .header("Location", containsString(BASE + "/" + username))
                .body("username", equalTo(username))
                .body("roles", contains("CLERK"))
                .body("active", equalTo(true))
                .extract().asString();
        assertFalse(created.contains("password"), created);
        String list = admin().get(BASE).then().statusCode(200).body("username", hasItem(username)).extract()
                .asString();
        assertFalse(list.contains("password") || list.contains("$2a$"), "no hashes in " + list);

        as(username, "รหัสผ่านยาวพอ").get(QUEUE).then().statusCode(200);
        as(username, "wrong-password").get(QUEUE).then().statusCode(401);
        // a clerk is not an administrator
        as(username, "รหัสผ่านยาวพอ").get(BASE).then().statusCode(403);
        assertEquals(1, auditRows("USER_CREATE", username + ": CLERK"));
        assertEquals(0, auditRows("USER_CREATE", "รหัสผ่านยาวพอ"));
    }

    @Test
    void updatesRolesNameAndPassword() {
        String username = newUser("first-password", "CLERK");
        admin().body(changes("ผู้บริหารใหม่", true, "EXECUTIVE", "ADMIN")).put(BASE + "/{u}", username)
                .then().statusCode(200)
                .body("displayName", equalTo("ผู้บริหารใหม่"))
                .body("roles", contains("ADMIN", "EXECUTIVE"));
        // the new administrator can use the admin API
        as(username, "first-password").get(BASE + "/{u}", username).then().statusCode(200)
                .body("roles", contains("ADMIN", "EXECUTIVE"));

        Map<String, Object> withPassword = changes("ผู้บริหารใหม่", true, "EXECUTIVE");
        withPassword.put("password", "second-password");
        admin().body(withPassword).put(BASE + "/{u}", username).then().statusCode(200)
                .body("roles", contains("EXECUTIVE"));
        as(username, "first-password").get(QUEUE).then().statusCode(401);
        as(username, "second-password").get(QUEUE).then().statusCode(200);
        as(username, "second-password").get(BASE).then().statusCode(403);
        assertEquals(1, auditRows("USER_UPDATE", username + ": EXECUTIVE, password changed"));
    }

    @Test
    void deactivatedUserCannotSignIn() {
        String username = newUser("a-long-password", "CLERK");
        as(username, "a-long-password").get(QUEUE).then().statusCode(200);
        admin().body(changes("ลาออกแล้ว", false, "CLERK")).put(BASE + "/{u}", username)
                .then().statusCode(200).body("active", equalTo(false));
        as(username, "a-long-password").get(QUEUE).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        admin().get(BASE + "/{u}", username).then().body("active", equalTo(false));
        assertEquals(1, auditRows("USER_UPDATE", username + ": CLERK (inactive)"));
    }

    @Test
    void refusesATakenUsername() {
        admin().body(Map.of("username", "clerk1", "password", "12345678", "displayName", "ซ้ำ", "roles",
                List.of("ADMIN"))).post(BASE)
                .then().statusCode(409).body("code", equalTo("USER_EXISTS"));
        admin().get(BASE + "/clerk1").then().body("roles", contains("CLERK"));
        as("clerk1", "clerk").get(QUEUE).then().statusCode(200);
    }

    /** bcrypt reads 72 bytes: a longer password would sign in with its beginning alone. */
    @Test
    void refusesAPasswordLongerThanBcryptReads() {
        String thai72Bytes = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธ";
        String username = unique("user");
        admin().body(Map.of("username", username, "password", thai72Bytes + "น", "displayName", "ยาวเกิน", "roles",
                List.of("CLERK"))).post(BASE)
                .then().statusCode(422)
                .body("errors.field", contains("password"))
                .body("errors[0].message", containsString("72 bytes"))
                .body("errors[0].messageTh", containsString("72 ไบต์"));
        admin().get(BASE + "/{u}", username).then().statusCode(404);

        String created = newUser(thai72Bytes, "CLERK");
        as(created, thai72Bytes).get(QUEUE).then().statusCode(200);
        Map<String, Object> longer = changes("ยาวเกิน", true, "CLERK");
        longer.put("password", thai72Bytes + "1");
        admin().body(longer).put(BASE + "/{u}", created).then().statusCode(422)
                .body("errors.field", contains("password"));
        as(created, thai72Bytes).get(QUEUE).then().statusCode(200);
    }

    @Test
    void unknownUserIsNotFound() {
        admin().get(BASE + "/{u}", "nobody-here").then().statusCode(404);
        admin().body(changes("x", true, "CLERK")).put(BASE + "/{u}", "nobody-here").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void namesInvalidFields() {
        admin().filter(UNCHECKED_REQUEST)
                .body(Map.of("username", "has space", "password", "1234567", "displayName", "", "roles", List.of()))
                .post(BASE).then().statusCode(422)
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("roles"));

        String username = unique("user");
        admin().filter(UNCHECKED_REQUEST)
                .body(Map.of("username", username, "password", "12345678", "displayName", "x", "roles",
                        List.of("CLERK", "KIOSK")))
                .post(BASE)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("roles"))
                .body("errors[0].message", containsString("KIOSK"))
                .body("errors[0].message", containsString("COMPLAINT_OFFICER"));
        admin().filter(UNCHECKED_REQUEST).get(BASE + "/{u}", username).then().statusCode(404);

        admin().filter(UNCHECKED_REQUEST).body("{\"username\": \"" + unique("user") + "\", \"password\": \"12345678\", "
                + "\"displayName\": \"x\", \"roles\": [null]}").post(BASE)
                .then().statusCode(422).body("errors.field", contains("roles"));

        Map<String, Object> shortPassword = changes("x", true, "CLERK");
        shortPassword.put("password", "short");
        admin().filter(UNCHECKED_REQUEST).body(shortPassword).put(BASE + "/clerk2").then().statusCode(422)
                .body("errors.field", hasItem("password"));
        Map<String, Object> noActive = changes("x", true, "CLERK");
        noActive.remove("active");
        admin().filter(UNCHECKED_REQUEST).body(noActive).put(BASE + "/clerk2").then().statusCode(422).body("errors.field",
                hasItem("active"));
        as("clerk2", "clerk").get(QUEUE).then().statusCode(200);
    }

    /**
     * To reach "the last active administrator" this test deactivates every other active administrator; it keeps the
     * demo account {@code admin}, which the other tests sign in with, active and an administrator.
     */
    @Test
    void theLastActiveAdministratorStays() {
        String other = newUser("another-admin", "ADMIN");
        admin().get(BASE).then().extract().jsonPath().<Map<String, Object>> getList("$").stream()
                .filter(u -> Boolean.TRUE.equals(u.get("active")) && ((List<?>) u.get("roles")).contains("ADMIN"))
                .map(u -> (String) u.get("username")).filter(u -> !u.equals("admin"))
                .forEach(u -> admin().body(changes("former admin", false, "ADMIN")).put(BASE + "/{u}", u)
                        .then().statusCode(200));
        as(other, "another-admin").get(BASE).then().statusCode(401);

        admin().body(changes("ผู้ดูแลระบบ", false, "ADMIN")).put(BASE + "/admin").then().statusCode(409)
                .body("code", equalTo("LAST_ADMIN"));
        admin().body(changes("ผู้ดูแลระบบ", true, "CLERK")).put(BASE + "/admin").then().statusCode(409)
                .body("code", equalTo("LAST_ADMIN"));
        admin().get(BASE + "/admin").then().statusCode(200).body("roles", contains("ADMIN"))
                .body("active", equalTo(true)).body("displayName", not(equalTo("former admin")));
        // changing anything else is fine
        admin().body(changes("ผู้ดูแลระบบ", true, "ADMIN", "EXECUTIVE")).put(BASE + "/admin").then().statusCode(200);
        admin().body(changes("ผู้ดูแลระบบ", true, "ADMIN")).put(BASE + "/admin").then().statusCode(200)
                .body("roles", contains("ADMIN"));
    }
}
