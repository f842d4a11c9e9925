package th.servicepoint.report.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.aggregate.ExecutiveReport.Audience;
import th.servicepoint.report.snapshot.ReportSnapshots.StoredReport;
import th.servicepoint.support.DatabaseAccounts;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Snapshots keep the report as generated: versions, hashes, no changes, and the public version at stable URLs. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ReportSnapshotTest {

    private static final String SNAPSHOTS = "/api/v1/reports/snapshots";
    private static final String PUBLIC = "/api/v1/public/reports";
    private static final String COMMENT = "เจ้าหน้าที่บริการดีมาก ขอบคุณค่ะ";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    ReportSnapshots snapshots;
    @Inject
    ObjectMapper json;

    @Test
    void aRegenerationAddsAVersionAndTheHashIsOfTheJsonAsStored() throws Exception {
        // half 1 of FY 2604 (October 2060 – March 2061)
        Site site = answeredIn(site(), "2060-12-01T03:00:00Z");
        JsonPath first = regenerate(2604, 1, site.code()).statusCode(201).extract().jsonPath();
        JsonPath second = regenerate(2604, 1, site.code()).statusCode(201).extract().jsonPath();
        assertEquals(1, first.getInt("version"));
        assertEquals(2, second.getInt("version"));
        assertEquals("MANUAL", second.getString("trigger"));
        assertEquals("exec", second.getString("generatedBy"));

        List<Map<String, Object>> listed = executive()
                .get(SNAPSHOTS + "?fiscalYear=2604&half=1&servicePoint=" + site.code()).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(List.of(2, 1), listed.stream().map(s -> s.get("version")).toList());

        long id = second.getLong("id");
        ExtractableResponse<Response> stored = executive().get(SNAPSHOTS + "/" + id + "?format=json").then()
                .statusCode(200).extract();
        String body = stored.asString();
        String sha256 = ReportSnapshots.sha256(body);
        assertEquals(second.getString("sha256"), sha256);
        assertEquals("\"" + sha256 + "\"", stored.header("ETag"));
        JsonPath report = new JsonPath(body);
        assertEquals(1, report.getInt("comments.count"));
        assertEquals(site.clerk(1), report.getString("breakdowns.clerks[0].key"));
        executive().header("If-None-Match", "\"" + sha256 + "\"").get(SNAPSHOTS + "/" + id + "?format=json").then()
                .statusCode(304);

        // what the renderers get back from the stored JSON is the report that was stored, to the last digit
        for (Audience audience : Audience.values()) {
            StoredReport kept = snapshots.stored(id, audience);
            assertEquals(kept.json(), json.writeValueAsString(snapshots.report(kept)));
        }
        ExecutiveReport read = snapshots.report(snapshots.stored(id, Audience.EXECUTIVE));
        assertEquals(read.survey().questions().get(0),
                read.survey().indicators().get(0).questions().get(0));
    }

    @Test
    void regenerationsAtOnceTakeDifferentVersions() throws Exception {
        String code = site().code();
        Callable<Integer> regeneration = () -> regenerate(2607, 1, code).statusCode(201).extract().path("version");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> version : pool.invokeAll(List.of(regeneration, regeneration, regeneration))) {
                versions.add(version.get());
            }
            assertEquals(List.of(1, 2, 3), versions.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        assertEquals(3, snapshots.latest(ReportPeriod.half(FiscalYear.of(2607), 1), code).orElseThrow().version());
    }

    @Test
    void snapshotsCannotBeChangedOrDeleted() {
        long id = regenerate(2605, 2, null).statusCode(201).extract().jsonPath().getLong("id");
        SQLException update = assertThrows(SQLException.class,
                () -> execute("update report_snapshot set report_json = '{}' where id = ?", id));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class,
                () -> execute("delete from report_snapshot where id = ?", id));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }

    @Test
    void thePublicVersionIsTheLatestSnapshotWithoutClerksOrComments() {
        Site site = answeredIn(site(), "2061-12-01T03:00:00Z");
        String at = "?servicePoint=" + site.code();
        problem(given().get(PUBLIC + "/2605/1" + at).then(), 404, "REPORT_NOT_PUBLISHED").body("detailTh",
                containsString("รอบ 6 เดือนแรก ปีงบประมาณ 2605"));

        snapshots.take(ReportPeriod.half(FiscalYear.of(2605), 1), site.code(), SnapshotTrigger.MANUAL, "admin");
        SnapshotView latest = snapshots.take(ReportPeriod.half(FiscalYear.of(2605), 1), site.code(),
                SnapshotTrigger.MANUAL, "admin");

        ExtractableResponse<Response> published = given().get(PUBLIC + "/2605/1" + at + "&format=json").then()
                .statusCode(200).header("X-Report-Version", "2").extract();
        String body = published.asString();
        assertEquals(latest.publicSha256(), ReportSnapshots.sha256(body));
        assertEquals("\"" + latest.publicSha256() + "\"", published.header("ETag"));
        JsonPath report = new JsonPath(body);
        assertEquals("PUBLIC", report.getString("audience"));
        assertEquals(1, report.getInt("survey.responses.total"));
        assertNull(report.get("breakdowns.clerks"));
        assertNull(report.get("comments"));
        assertFalse(body.contains(site.clerk(1)), "a clerk's user name is in the public report");
        assertFalse(body.contains(COMMENT), "a comment is in the public report");
        // the agency's report of the same half is not published by a service point's
        problem(given().get(PUBLIC + "/2605/1").then(), 404, "REPORT_NOT_PUBLISHED");

        // the list: the latest version of each period and scope, a period with one version too
        snapshots.take(ReportPeriod.half(FiscalYear.of(2605), 2), site.code(), SnapshotTrigger.MANUAL, "admin");
        List<Map<String, Object>> listed = given().get(PUBLIC).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.servicePoint == '" + site.code() + "' }");
        assertEquals(List.of("/api/v1/public/reports/2605/2?servicePoint=" + site.code(),
                "/api/v1/public/reports/2605/1?servicePoint=" + site.code()),
                listed.stream().map(entry -> entry.get("url")).toList());
        assertEquals(List.of(1, 2), listed.stream().map(entry -> entry.get("version")).toList());
        assertEquals(latest.publicSha256(), listed.get(1).get("sha256"));
        String csv = given().get(PUBLIC + "/2605/1" + at + "&format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertFalse(csv.contains(site.clerk(1)), "a clerk's user name is in the public CSV");
    }

    @Test
    void executivesAndAdministratorsRegenerateAndBadRequestsAreTold() {
        Site site = site();
        problem(given().filter(UNCHECKED_REQUEST).contentType("application/json").body(Map.of("fiscalYear", 2569))
                .post(SNAPSHOTS).then(),
                401, "UNAUTHENTICATED");
        problem(clerkOf(site, 1).body(Map.of("fiscalYear", 2569)).post(SNAPSHOTS).then(), 403, "FORBIDDEN");
        problem(clerkOf(site, 1).get(SNAPSHOTS).then(), 403, "FORBIDDEN");
        problem(regenerate(2569, 3, null), 422, "INVALID").body("errors[0].field", equalTo("half"));
        problem(regenerate(2026, 1, null), 422, "INVALID").body("errors[0].field", equalTo("fiscalYear"));
        problem(regenerate(2569, 1, "no-such-point"), 422, "INVALID").body("errors[0].field",
                equalTo("servicePoint"));
        problem(executive().filter(UNCHECKED_REQUEST).get(SNAPSHOTS + "?fiscalYear=abc").then(), 422, "INVALID");
        problem(executive().get(SNAPSHOTS + "/999999999").then(), 404, "NOT_FOUND");
        problem(given().filter(UNCHECKED_REQUEST).get(PUBLIC + "/2569/3").then(), 422, "INVALID");
        // the 12-month report: admin regenerates, the public reads it under /year
        admin().body(Map.of("fiscalYear", 2606, "servicePoint", site.code())).post(SNAPSHOTS).then().statusCode(201)
                .body("period.kind", equalTo("YEAR"));
        given().get(PUBLIC + "/2606/year?servicePoint=" + site.code()).then().statusCode(200)
                .body("period.kind", equalTo("YEAR"));
    }

    private Site site() {
        return fixtures.site().service("A").counter(1, "A").create();
    }

    /** One visitor served at counter 1 at that moment, who answers with a comment. */
    private Site answeredIn(Site site, String instant) {
        openCounter(site, 1);
        clock.set(instant);
        serveAndAnswer(site, "A", 1, MIXED, COMMENT);
        clock.reset();
        return site;
    }

    private static io.restassured.response.ValidatableResponse regenerate(int fiscalYear, Integer half,
            String servicePoint) {
        Map<String, Object> body = new HashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("half", half);
        body.put("servicePoint", servicePoint);
        return executive().body(body).post(SNAPSHOTS).then().log().ifValidationFails();
    }

    /**
     * As the owner of the tables: the application's own role may not even try (DatabaseRolesTest), and the trigger
     * holds against the owner's mistakes too.
     */
    private static void execute(String sql, long id) throws SQLException {
        try (Connection c = DatabaseAccounts.owner(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
