package th.servicepoint.report.peers;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.security.Role;
import th.servicepoint.support.AgencyTallies;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.Site;

/**
 * Seven city municipalities of one province with known tallies (FY 2560 half 1, which no other test fills) and one of
 * another province: an executive sees its agency beside anonymous peers, a provincial account its province's agencies
 * named, the platform every agency by province and page.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeersAndRollupsTest {

    private static final String PERIOD = "fiscalYear=2560&half=1";
    private static final String DAY = "2016-11-15";
    private static final String MONTH = "2016-11-01";
    private static final int CITIES = 7;

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager entityManager;
    @Inject
    AgencyTallies tallies;
    @Inject
    KeptAgencyFigures kept;

    private final String province = Fixtures.unique("จังหวัด");
    private final List<String> codes = new ArrayList<>();
    private String executive;

    @BeforeAll
    void sevenCitiesOfOneProvince() {
        for (int i = 0; i < CITIES; i++) {
            codes.add(agency("CITY", i, province));
        }
        // a town of another province: neither a peer of the cities nor the provincial account's
        agency("TOWN", 0, Fixtures.unique("อีกจังหวัด"));
        // the tallies were written here, not folded: their figures are kept now, as the fold's would be
        kept.recompute(ReportPeriod.half(FiscalYear.of(2560), 1));
        long first = tallies.id(codes.get(0));
        executive = AgencyScopes.call(AgencyScope.of(first),
                () -> fixtures.user(Fixtures.unique("exec"), Role.EXECUTIVE, true));
    }

    @Test
    void anExecutiveSeesItsAgencyBesideAnonymousPeers() {
        JsonPath report = as(executive).get("/api/v1/reports?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertEquals("CITY", report.getString("peers.agencyClass"));
        assertNotNull(report.getString("peers.asOf.computedAt"), "as of when the peers' figures were kept");
        assertTrue(report.getLong("peers.peers") >= CITIES - 1, "the other cities of the installation");
        // nothing in what the executive gets names another agency
        String body = as(executive).get("/api/v1/reports?" + PERIOD).asString();
        codes.stream().skip(1).forEach(code -> assertFalse(body.contains(code), code));

        Map<String, Object> wait = figure(report, "WAIT_MEDIAN", null);
        assertEquals(0.5, number(wait, "value"), 1e-9);
        assertEquals(100.0, number(wait, "percentile"), 1e-9, "shorter than every peer's");
        assertEquals(4.0, number(wait, "peerMedian"), 1e-9, "peers wait 1.5 … 6.5 minutes");
        Map<String, Object> served = figure(report, "SERVED", null);
        assertEquals(0.0, number(served, "percentile"), 1e-9, "every peer served more");
        assertEquals(450.0, number(served, "peerMedian"), 1e-9);
        assertEquals(100.0, number(figure(report, "WITHIN_STANDARD", null), "value"), 1e-9);
        assertEquals(1.0, number(figure(report, "COMPLAINT_CLOSE_DAYS", null), "value"), 1e-6);
        assertEquals(4.5, number(figure(report, "COMPLAINT_CLOSE_DAYS", null), "peerMedian"), 1e-6);
        Map<String, Object> e2 = figure(report, "ITEM", "E2");
        assertEquals(100.0, number(e2, "value"), 1e-9);
        assertEquals(93.4375, number(e2, "peerMedian"), 1e-9, "peers 98.125 … 88.75, scored as the report scores");
        assertEquals(100.0, number(e2, "percentile"), 1e-9);

        // two peers have fewer than 30 answers to E9: four peers have the figure, under the five needed
        Map<String, Object> e9 = figure(report, "ITEM", "E9");
        assertNull(e9.get("percentile"));
        assertNull(e9.get("peerMedian"));
        assertEquals(4, ((Number) e9.get("peersWithFigure")).intValue());
        assertTrue(((String) e9.get("reasonEn")).contains("Fewer than 5 peers"));
        // and so the projected EIT, shown only from 30 answers per item, of only four peers
        assertNull(figure(report, "EIT", null).get("percentile"));

        // the printed report and the HTML say the same, under their heading
        String html = as(executive).get("/api/v1/reports?" + PERIOD + "&format=html").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("เทียบกับหน่วยงานประเภทเดียวกัน"));
        assertTrue(html.contains("หน่วยงานประเภทเดียวกันที่มีตัวเลขนี้มีน้อยกว่า 5 แห่ง"));
    }

    @Test
    void aRangeFromTheHalfsFirstDayIsComparedAsTheHalfAndNoOtherRangeIs() {
        // the executive screen's "this half so far": the half as kept
        JsonPath soFar = as(executive).get("/api/v1/reports?from=2016-10-01&to=2016-11-30").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(450.0, number(figure(soFar, "SERVED", null), "peerMedian"), 1e-9);
        // any other range is not kept, and not computed for every peer on a request either
        JsonPath november = as(executive).get("/api/v1/reports?from=2016-11-01&to=2016-11-30").then().statusCode(200)
                .extract().jsonPath();
        assertNull(november.get("peers"));
    }

    @Test
    void aProvincialAccountSeesItsProvincesAgenciesNamed() {
        String provincial = provincial();
        JsonPath rollup = as(provincial).get("/api/v1/rollups?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertEquals(CITIES, rollup.getLong("matching"));
        assertEquals(codes, rollup.getList("agencies.code"));
        assertNotNull(rollup.getString("asOf.computedAt"));
        assertEquals(List.of(100, 200, 300, 400, 500, 600, 700), rollup.getList("agencies.served"));
        assertEquals(0.5, rollup.getDouble("agencies[0].waitMedian"), 1e-9);
        assertEquals(1.0, rollup.getDouble("agencies[0].closeMedianDays"), 1e-6);
        assertEquals(100.0, rollup.getDouble("agencies[0].items.find { it.code == 'E2' }.score"), 1e-9);
        assertNull(rollup.get("agencies[6].items.find { it.code == 'E9' }.score"), "10 answers: n only");
        assertEquals(10, rollup.getInt("agencies[6].items.find { it.code == 'E9' }.n"));
        // another province's agency is not its to see, whatever it asks for
        as(provincial).get("/api/v1/rollups?" + PERIOD + "&province=" + "อื่น").then().statusCode(200)
                .body("matching", equalTo(0));
    }

    @Test
    void thePlatformSeesEveryAgencyByProvinceAndPage() {
        String platform = AgencyScopes.call(AgencyScope.INSTALLATION,
                () -> fixtures.user(Fixtures.unique("platform"), Role.PLATFORM, true));
        JsonPath page = as(platform).get("/api/v1/rollups?" + PERIOD + "&province=" + province + "&page=1&size=3")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(CITIES, page.getLong("matching"));
        assertEquals(codes.subList(3, 6), page.getList("agencies.code"));
        assertEquals(List.of(400, 500, 600), page.getList("agencies.served"));
        assertTrue(as(platform).get("/api/v1/rollups?" + PERIOD).then().statusCode(200).extract().jsonPath()
                .getLong("matching") > CITIES, "every province");
        // the document says half is required; the service says so too
        problem(as(platform).filter(UNCHECKED_REQUEST).get("/api/v1/rollups?fiscalYear=2560").then(), 422, "INVALID");
        problem(as(platform).filter(UNCHECKED_REQUEST).get("/api/v1/rollups?" + PERIOD + "&size=0").then(), 422,
                "INVALID");
        as(executive).get("/api/v1/rollups?" + PERIOD).then().statusCode(403);
    }

    /**
     * Agency i: 100 (i + 1) served, every wait in minute i + 1 (median i + 0.5), 10 i of them served past the 10-minute
     * standard, E2 answered 40 times with 5 i "much" (85) and the rest "most" (100), E9 40 times (10 for agencies 5
     * and 6), one complaint closed after i + 1 days and a corruption one after 90 (in no figure).
     */
    private String agency(String agencyClass, int i, String inProvince) {
        String code = tallies.agency(agencyClass, inProvince);
        long agency = tallies.id(code);
        Site site = tallies.site(agency);
        tallies.queueDay(agency, site, DAY, 100L * (i + 1), i + 1, 10L * i);
        tallies.questionnaire(agency);
        if (i > 0) {
            tallies.answers(agency, site, MONTH, "E2", "MUCH", 85, 5L * i);
        }
        tallies.answers(agency, site, MONTH, "E2", "MOST", 100, 40 - 5L * i);
        tallies.answers(agency, site, MONTH, "E9", "MOST", 100, i >= 5 ? 10 : 40);
        tallies.closedComplaint(agency, "GENERAL", DAY + "T03:00:00Z", i + 1);
        tallies.closedComplaint(agency, "CORRUPTION", DAY + "T03:00:00Z", 90);
        return code;
    }

    private String provincial() {
        String username = AgencyScopes.call(AgencyScope.INSTALLATION,
                () -> fixtures.user(Fixtures.unique("provincial"), Role.PROVINCIAL, true));
        Installation.read(() -> entityManager.createNativeQuery("update app_user set province = ?1 where username = ?2")
                .setParameter(1, province).setParameter(2, username).executeUpdate());
        return username;
    }

    private static Map<String, Object> figure(JsonPath report, String code, String item) {
        List<Map<String, Object>> figures = report.getList("peers.figures");
        Map<String, Object> found = figures.stream()
                .filter(f -> f.get("code").equals(code) && (item == null || item.equals(f.get("item")))).findFirst()
                .orElse(null);
        assertNotNull(found, code + " " + item);
        return found;
    }

    private static double number(Map<String, Object> figure, String key) {
        return ((Number) figure.get(key)).doubleValue();
    }
}
