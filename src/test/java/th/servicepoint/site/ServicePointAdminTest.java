package th.servicepoint.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Fixtures.auditRows;
import static th.servicepoint.support.Fixtures.unique;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.servicepoint.catalog.DemoData;

@QuarkusTest
class ServicePointAdminTest {

    private static final String BASE = "/api/v1/admin/service-points";

    @Test
    void createsReadsAndUpdatesAServicePoint() {
        String code = unique("branch");
        admin().body(Map.of("code", code, "nameTh", "สาขาอำเภอ", "nameEn", "District branch", "address",
                "ถนนตัวอย่าง", "timeZone", "Asia/Bangkok", "opensAt", "09:00", "closesAt", "15:30", "openDays",
                List.of("TUE", "MON"))).post(BASE)
                .then().statusCode(201)
                .header("Location", containsString(BASE + "/" + code))
                .body("code", equalTo(code))
                .body("nameTh", equalTo("สาขาอำเภอ"))
                .body("opensAt", startsWith("09:00"))
                .body("closesAt", startsWith("15:30"))
                .body("openDays", contains("MON", "TUE"));

        admin().get(BASE + "/{code}", code).then().statusCode(200).body("nameEn", equalTo("District branch"))
                .body("address", equalTo("ถนนตัวอย่าง"));
        admin().get(BASE).then().statusCode(200).body("code", hasItems(code, DemoData.SERVICE_POINT));

        admin().body(Map.of("nameTh", "สาขาอำเภอ (ใหม่)", "nameEn", "District branch (new)", "timeZone",
                "Asia/Bangkok", "openDays", List.of("sat", "MON", "MON"))).put(BASE + "/{code}", code)
                .then().statusCode(200)
                .body("nameEn", equalTo("District branch (new)"))
                .body("opensAt", startsWith("08:30"))
                .body("openDays", contains("MON", "SAT"));

        // the public list shows the change too
        given().get("/api/v1/service-points").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.nameEn", equalTo("District branch (new)"));
        assertEquals(1, auditRows("SERVICE_POINT_CREATE", code));
        assertEquals(1, auditRows("SERVICE_POINT_UPDATE", code));
    }

    @Test
    void fillsInBangkokTimeAndOfficeHoursByDefault() {
        String code = unique("min");
        admin().body(Map.of("code", code, "nameTh", "ชื่อ", "nameEn", "Name")).post(BASE)
                .then().statusCode(201)
                .body("timeZone", equalTo("Asia/Bangkok"))
                .body("opensAt", startsWith("08:30"))
                .body("closesAt", startsWith("16:30"))
                .body("openDays", contains("MON", "TUE", "WED", "THU", "FRI"));
    }

    /** Off unless set: outside hours a kiosk issues nothing. The form sends all of it, so leaving it out turns it off. */
    @Test
    void kiosksIssueOutsideHoursOnlyWhereTheAdministratorAllowsIt() {
        String code = unique("night");
        admin().body(Map.of("code", code, "nameTh", "จุดบริการกลางคืน", "nameEn", "Night office")).post(BASE)
                .then().statusCode(201).body("issueOutsideHours", equalTo(false));
        admin().body(Map.of("nameTh", "จุดบริการกลางคืน", "nameEn", "Night office", "issueOutsideHours", true))
                .put(BASE + "/{code}", code).then().statusCode(200).body("issueOutsideHours", equalTo(true));
        admin().get(BASE + "/{code}", code).then().statusCode(200).body("issueOutsideHours", equalTo(true));
        given().get("/api/v1/service-points").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.issueOutsideHours", equalTo(true));
        assertEquals(1, auditRows("SERVICE_POINT_UPDATE",
                code + ": Night office, Asia/Bangkok 08:30-16:30 MON,TUE,WED,THU,FRI, kiosks issue outside hours"));

        admin().body(Map.of("nameTh", "จุดบริการกลางคืน", "nameEn", "Night office")).put(BASE + "/{code}", code)
                .then().statusCode(200).body("issueOutsideHours", equalTo(false));
    }

    @Test
    void refusesATakenCode() {
        admin().body(Map.of("code", DemoData.SERVICE_POINT, "nameTh", "ซ้ำ", "nameEn", "Duplicate")).post(BASE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("SERVICE_POINT_EXISTS"))
                .body("detailTh", containsString(DemoData.SERVICE_POINT));
        admin().get(BASE + "/{code}", DemoData.SERVICE_POINT).then().body("nameEn", startsWith("Example"));
    }

    @Test
    void concurrentCreatesOfOneCodeMakeOneServicePointAndConflicts() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = unique("race");
            Map<String, String> body = Map.of("code", code, "nameTh", "แข่งกัน", "nameEn", "Race");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Integer>> posts = Collections.nCopies(8,
                        () -> admin().body(body).post(BASE).then().extract().statusCode());
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(posts)) {
                    statuses.add(status.get());
                }
                assertEquals(1, Collections.frequency(statuses, 201), statuses::toString);
                assertEquals(7, Collections.frequency(statuses, 409), statuses::toString);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void unknownServicePointIsNotFound() {
        admin().get(BASE + "/{code}", "no-such-place").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        admin().body(Map.of("nameTh", "ก", "nameEn", "A")).put(BASE + "/{code}", "no-such-place")
                .then().statusCode(404);
    }

    @Test
    void namesEveryInvalidField() {
        admin().filter(UNCHECKED_REQUEST).body(Map.of("code", "Bad Code!", "nameTh", " ", "nameEn", "Name")).post(BASE)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("code", "nameTh"))
                .body("errors.find { it.field == 'code' }.messageTh", containsString("รูปแบบไม่ถูกต้อง"));

        admin().filter(UNCHECKED_REQUEST)
                .body(Map.of("code", unique("tz"), "nameTh", "ก", "nameEn", "A", "timeZone", "Mars/Olympus",
                        "opensAt", "17:00", "closesAt", "08:00", "openDays", List.of("FUNDAY")))
                .post(BASE)
                .then().statusCode(422)
                .body("errors.field", hasItems("timeZone", "closesAt", "openDays"))
                .body("errors.find { it.field == 'timeZone' }.message", containsString("Mars/Olympus"));

        admin().filter(UNCHECKED_REQUEST)
                .body(Map.of("code", unique("time"), "nameTh", "ก", "nameEn", "A", "opensAt", "25:00")).post(BASE)
                .then().statusCode(422).body("errors.field", hasItem("opensAt"));

        admin().filter(UNCHECKED_REQUEST).body(Map.of("nameTh", "ก", "nameEn", "A", "openDays", List.of()))
                .put(BASE + "/{code}", DemoData.SERVICE_POINT)
                .then().statusCode(422).body("errors.field", hasItem("openDays"));
        admin().filter(UNCHECKED_REQUEST).get(BASE + "/{code}", DemoData.SERVICE_POINT).then().body("openDays",
                hasItem("MON"));

        admin().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON).body("{\"code\": ").post(BASE).then().statusCode(400);
    }

    /** PostgreSQL cannot store U+0000: a 422 naming the field, or a 400 for an address, never a 500. */
    @Test
    void refusesTheNulCharacter() {
        admin().body("{\"code\": \"" + unique("nul") + "\", \"nameTh\": \"ก\\u0000ข\", \"nameEn\": \"A\"}")
                .post(BASE).then().statusCode(422)
                .body("errors[0].field", equalTo("nameTh"))
                .body("errors[0].message", containsString("U+0000"));
        admin().urlEncodingEnabled(false).get(BASE + "/a%00b").then().statusCode(400)
                .body("code", equalTo("UNSUPPORTED_CHARACTER"));
    }
}
