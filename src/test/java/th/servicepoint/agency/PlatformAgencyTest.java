package th.servicepoint.agency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.device;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Fixtures.unique;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.catalog.DemoData;
import th.servicepoint.support.Installation;

/**
 * A platform operator creates an agency with its first administrator; that administrator sets it up through the same
 * admin API as any agency's, its kiosk issues a ticket, and neither agency sees anything of the other.
 */
@QuarkusTest
class PlatformAgencyTest {

    private static final String AGENCIES = "/api/v1/platform/agencies";
    private static final String ADMIN_PASSWORD = "first-admin-1";

    private static RequestSpecification platform() {
        return as("platform", "platform");
    }

    private static Map<String, Object> newAgency(String code, String adminName) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "nameTh", "อบต.ทดสอบ", "nameEn", "Test SAO",
                "agencyClass", "SAO", "province", "ทดสอบ", "district", "เมืองทดสอบ"));
        body.put("firstAdmin", Map.of("username", adminName, "displayName", "ผู้ดูแล อบต.ทดสอบ", "password",
                ADMIN_PASSWORD));
        return body;
    }

    private static long number(String sql, Object... parameters) {
        var query = Agency.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    void anAgencyCreatedByThePlatformIsSetUpByItsAdminAndKeptApart() {
        String code = unique("sao");
        String adminName = unique("sao-admin");
        platform().body(newAgency(code, adminName)).post(AGENCIES).then().statusCode(201)
                .header("Location", endsWith(AGENCIES + "/" + code)).body("code", equalTo(code))
                .body("agencyClass", equalTo("SAO")).body("servicePoints", equalTo(0));

        Supplier<RequestSpecification> newAdmin = () -> as(adminName, ADMIN_PASSWORD);
        newAdmin.get().get("/api/v1/session").then().statusCode(200).body("roles", equalTo(List.of("ADMIN")))
                .body("agency.code", equalTo(code)).body("agency.nameEn", equalTo("Test SAO"));
        // its citizens answer the stock questionnaire from the first ticket on
        newAdmin.get().get("/api/v1/admin/questionnaires/current").then().statusCode(200).body("version", equalTo(1))
                .body("items.code", hasItems("E1.1", "E15", "OVERALL"));
        // nothing of the home agency
        newAdmin.get().get("/api/v1/admin/service-points").then().statusCode(200).body("size()", equalTo(0));
        newAdmin.get().get("/api/v1/admin/service-points/{sp}", DemoData.SERVICE_POINT).then().statusCode(404);
        newAdmin.get().get("/api/v1/admin/users").then().statusCode(200).body("username", equalTo(List.of(adminName)));

        String sp = unique("sp");
        newAdmin.get().body(Map.of("code", sp, "nameTh", "ที่ทำการ", "nameEn", "Office", "issueOutsideHours", true))
                .post("/api/v1/admin/service-points").then().statusCode(201);
        newAdmin.get().body(Map.of("prefix", "A", "nameTh", "งานทะเบียน", "nameEn", "Registration", "steps",
                List.of(Map.of("titleTh", "ยื่นคำขอ", "titleEn", "Apply", "standardMinutes", 5))))
                .post("/api/v1/admin/service-points/{sp}/services", sp).then().statusCode(201);
        long counter = newAdmin.get().body(Map.of("number", 1, "name", "ช่อง 1", "services", List.of("A")))
                .post("/api/v1/admin/service-points/{sp}/counters", sp).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String kioskKey = newAdmin.get().body(Map.of("name", "Kiosk", "kind", "KIOSK", "servicePoint", sp))
                .post("/api/v1/admin/device-keys").then().statusCode(201).extract().path("key");
        device(kioskKey).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", sp).then()
                .statusCode(201).body("number", equalTo("A001"));

        platform().get(AGENCIES + "/{code}", code).then().statusCode(200).body("servicePoints", equalTo(1));
        long agencyId = Installation.read(() -> Agency.byCode(code).orElseThrow().id);
        assertEquals(1L, Installation.read(() -> number("select count(*) from questionnaire where agency_id = ?1 "
                + "and status = 'PUBLISHED'", agencyId)));
        assertEquals(agencyId, Installation.read(() -> number("select agency_id from ticket where service_point_id = "
                + "(select id from service_point where code = ?1)", sp)));

        // the home agency's admin sees none of it
        admin().get("/api/v1/admin/service-points").then().statusCode(200).body("code", not(hasItem(sp)));
        admin().get("/api/v1/admin/service-points/{sp}", sp).then().statusCode(404);
        admin().get("/api/v1/admin/counters/{id}/poster", counter).then().statusCode(404);
        admin().get("/api/v1/admin/users").then().statusCode(200).body("username", not(hasItem(adminName)));
        admin().get("/api/v1/admin/device-keys").then().statusCode(200).body("servicePoint", everyItem(not(sp)));
        admin().get("/api/v1/admin/agency").then().statusCode(200).body("code", equalTo(DemoData.HOME_AGENCY));
        newAdmin.get().get("/api/v1/admin/agency").then().statusCode(200).body("code", equalTo(code));

        assertEquals(1, Installation.read(() -> AuditEntry.count("action = 'AGENCY_CREATE' and actor = 'platform' "
                + "and detail like ?1", code + ":%")));

        // deactivated by the platform: its kiosk and its staff are refused
        platform().body(Map.of("nameTh", "อบต.ทดสอบ", "nameEn", "Test SAO", "agencyClass", "SAO", "province", "ทดสอบ",
                "active", false)).put(AGENCIES + "/{code}", code).then().statusCode(200);
        device(kioskKey).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", sp).then()
                .statusCode(401);
    }

    @Test
    void theAgencyAdminRenamesTheirAgencyAndThePlatformChangesTheRest() {
        String code = unique("sao");
        String adminName = unique("sao-admin");
        platform().body(newAgency(code, adminName)).post(AGENCIES).then().statusCode(201);
        as(adminName, ADMIN_PASSWORD).body(Map.of("nameTh", "อบต.ใหม่", "nameEn", "New SAO"))
                .put("/api/v1/admin/agency").then().statusCode(200).body("nameEn", equalTo("New SAO"))
                .body("agencyClass", equalTo("SAO"));
        platform().get(AGENCIES + "/{code}", code).then().body("nameTh", equalTo("อบต.ใหม่"));

        platform().body(Map.of("nameTh", "ทต.ใหม่", "nameEn", "New town", "agencyClass",
                "SUBDISTRICT_MUNICIPALITY", "province", "ทดสอบสอง", "active", false)).put(AGENCIES + "/{code}", code)
                .then().statusCode(200).body("agencyClass", equalTo("SUBDISTRICT_MUNICIPALITY"))
                .body("active", equalTo(false)).body("district", nullValue());
        // a deactivated agency's staff no longer sign in
        as(adminName, ADMIN_PASSWORD).get("/api/v1/admin/agency").then().statusCode(401);
        platform().queryParam("province", "ทดสอบสอง").queryParam("agencyClass", "SUBDISTRICT_MUNICIPALITY")
                .get(AGENCIES).then().statusCode(200).body("code", hasItem(code))
                .body("province", everyItem(equalTo("ทดสอบสอง")));
        platform().queryParam("agencyClass", "PAO").get(AGENCIES).then().statusCode(200)
                .body("code", hasItem(DemoData.HOME_AGENCY)).body("code", not(hasItem(code)));
    }

    @Test
    void theAgencyAndThePlatformKeepItsReportRecipientsCheckedAddressesOnly() {
        String code = unique("sao");
        String adminName = unique("sao-admin");
        platform().body(newAgency(code, adminName)).post(AGENCIES).then().statusCode(201)
                .body("reportRecipients", equalTo(List.of()));
        Supplier<RequestSpecification> newAdmin = () -> as(adminName, ADMIN_PASSWORD);
        newAdmin.get().body(Map.of("nameTh", "อบต.ทดสอบ", "nameEn", "Test SAO", "reportRecipients",
                List.of("nayok@test.go.th", "Palad@Test.go.th", "palad@test.go.th"))).put("/api/v1/admin/agency")
                .then().statusCode(200).body("reportRecipients", equalTo(List.of("nayok@test.go.th", "Palad@Test.go.th")));
        // leaving the list out keeps it
        newAdmin.get().body(Map.of("nameTh", "อบต.ทดสอบ", "nameEn", "Test SAO")).put("/api/v1/admin/agency").then()
                .statusCode(200).body("reportRecipients", equalTo(List.of("nayok@test.go.th", "Palad@Test.go.th")));
        platform().body(Map.of("nameTh", "อบต.ทดสอบ", "nameEn", "Test SAO", "agencyClass", "SAO", "province", "ทดสอบ",
                "active", true, "reportRecipients", List.of("exec@test.go.th"))).put(AGENCIES + "/{code}", code).then()
                .statusCode(200).body("reportRecipients", equalTo(List.of("exec@test.go.th")));
        newAdmin.get().get("/api/v1/admin/agency").then().statusCode(200)
                .body("reportRecipients", equalTo(List.of("exec@test.go.th")));

        for (Object bad : List.of(List.of("nayok@test.go.th", "palad-at-test"), List.of("palad@localhost"),
                List.of(" "), Collections.nCopies(21, "nayok@test.go.th"))) {
            problem(newAdmin.get().filter(UNCHECKED_REQUEST).body(Map.of("nameTh", "x", "nameEn", "x",
                    "reportRecipients", bad)).put("/api/v1/admin/agency").then(), 422, "INVALID")
                    .body("errors[0].field", equalTo("reportRecipients")).body("errors[0].messageTh", not(nullValue()))
                    .body("errors[0].message", not(nullValue()));
        }
        problem(platform().filter(UNCHECKED_REQUEST).body(Map.of("nameTh", "x", "nameEn", "x", "agencyClass", "SAO",
                "province", "x", "active", true, "reportRecipients", List.of("nobody"))).put(AGENCIES + "/{code}", code)
                .then(), 422, "INVALID").body("errors[0].field", equalTo("reportRecipients"))
                .body("errors[0].messageTh", containsString("อีเมลไม่ถูกต้อง"))
                .body("errors[0].message", containsString("e-mail address"));
        // nothing bad was kept
        platform().get(AGENCIES + "/{code}", code).then().body("reportRecipients", equalTo(List.of("exec@test.go.th")));
    }

    @Test
    void anAgencyAdminCannotReachThePlatform() {
        admin().get(AGENCIES).then().statusCode(403);
        admin().body(newAgency(unique("sao"), unique("u"))).post(AGENCIES).then().statusCode(403);
        admin().get(AGENCIES + "/{code}", DemoData.HOME_AGENCY).then().statusCode(403);
        admin().body(Map.of("username", unique("p"), "password", "platform-1", "displayName", "P", "role",
                "PLATFORM")).post("/api/v1/platform/users").then().statusCode(403);
        // nor give anyone a platform or provincial role in their agency
        problem(admin().body(Map.of("username", unique("p"), "password", "platform-1", "displayName", "P", "roles",
                List.of("PLATFORM"))).post("/api/v1/admin/users").then(), 422, "INVALID")
                .body("errors[0].field", equalTo("roles"));
        // and platform operators never read complaints
        platform().get("/api/v1/complaints").then().statusCode(403);
    }

    @Test
    void refusesTakenCodesAndUsernamesAndInvalidFields() {
        problem(platform().body(newAgency(DemoData.HOME_AGENCY, unique("u"))).post(AGENCIES).then(), 409,
                "AGENCY_EXISTS");
        problem(platform().body(newAgency(unique("sao"), "admin")).post(AGENCIES).then(), 409, "USER_EXISTS");
        problem(platform().body(newAgency(unique("sao"), DemoData.SMALL_AGENCY_ADMIN)).post(AGENCIES).then(), 409,
                "USER_EXISTS");

        Map<String, Object> bad = newAgency("Bad Code", unique("u"));
        bad.put("agencyClass", "VILLAGE");
        platform().filter(UNCHECKED_REQUEST).body(bad).post(AGENCIES).then().statusCode(either(equalTo(400))
                .or(equalTo(422))).contentType("application/problem+json");
        bad.put("agencyClass", "SAO");
        bad.put("firstAdmin", Map.of("username", unique("u"), "displayName", "x", "password", "short"));
        problem(platform().filter(UNCHECKED_REQUEST).body(bad).post(AGENCIES).then(), 422, "INVALID")
                .body("errors.field", hasItems("code", "password"));
        problem(platform().filter(UNCHECKED_REQUEST).queryParam("agencyClass", "VILLAGE").get(AGENCIES).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("agencyClass"));
        problem(platform().body(Map.of("nameTh", "x", "nameEn", "x", "agencyClass", "PAO", "province", "x",
                "active", false)).put(AGENCIES + "/{code}", DemoData.HOME_AGENCY).then(), 409, "HOME_AGENCY");
        platform().get(AGENCIES + "/{code}", "no-such-agency").then().statusCode(404);
    }

    @Test
    void thePlatformCreatesProvincialAndPlatformAccountsThatBelongToNoAgency() {
        String provincial = unique("prov");
        platform().body(Map.of("username", provincial, "password", "provincial-1", "displayName", "จังหวัด", "role",
                "PROVINCIAL", "province", DemoData.PROVINCE)).post("/api/v1/platform/users").then().statusCode(201)
                .body("roles", equalTo(List.of("PROVINCIAL")));
        as(provincial, "provincial-1").get("/api/v1/session").then().statusCode(200)
                .body("agency", nullValue()).body("province", equalTo(DemoData.PROVINCE));
        String operator = unique("op");
        platform().body(Map.of("username", operator, "password", "operator-1", "displayName", "ผู้ดูแล", "role",
                "PLATFORM")).post("/api/v1/platform/users").then().statusCode(201);
        as(operator, "operator-1").get(AGENCIES).then().statusCode(200)
                .body("code", hasItems(DemoData.HOME_AGENCY, DemoData.SMALL_AGENCY));
        platform().get("/api/v1/platform/users").then().statusCode(200)
                .body("username", hasItems("platform", "provincial", provincial, operator));
        assertEquals(0L, Installation.read(() -> number("select count(*) from app_user where username in (?1, ?2) "
                + "and agency_id is not null", provincial, operator)));

        problem(platform().body(Map.of("username", unique("prov"), "password", "provincial-1", "displayName", "x",
                "role", "PROVINCIAL")).post("/api/v1/platform/users").then(), 422, "INVALID")
                .body("errors[0].field", equalTo("province"));
        problem(platform().body(Map.of("username", "admin", "password", "provincial-1", "displayName", "x",
                "role", "PLATFORM")).post("/api/v1/platform/users").then(), 409, "USER_EXISTS");
    }

    @Test
    void theDemoHasTwoAgenciesEachWithItsOwnStaff() {
        as(DemoData.SMALL_AGENCY_ADMIN, "sao-admin").get("/api/v1/admin/service-points").then().statusCode(200)
                .body("code", equalTo(List.of(DemoData.SMALL_SERVICE_POINT)));
        as("sao-exec", "exec").get("/api/v1/session").then().statusCode(200)
                .body("agency.code", equalTo(DemoData.SMALL_AGENCY));
        device("sao-kiosk").body(Map.of("service", "B"))
                .post("/api/v1/service-points/{sp}/tickets", DemoData.SMALL_SERVICE_POINT).then().statusCode(201);
        device("sao-kiosk").body(Map.of("service", "A"))
                .post("/api/v1/service-points/{sp}/tickets", DemoData.SERVICE_POINT).then().statusCode(404);
        admin().get("/api/v1/session").then().statusCode(200).body("agency.code", equalTo(DemoData.HOME_AGENCY))
                .body("agency.nameTh", equalTo("องค์การบริหารส่วนจังหวัดตัวอย่าง"));
        platform().get(AGENCIES + "/{code}", DemoData.SMALL_AGENCY).then().statusCode(200)
                .body("servicePoints", equalTo(1)).body("province", equalTo(DemoData.PROVINCE));
    }
}
