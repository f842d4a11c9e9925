package th.servicepoint.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.BEST;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.answerPoster;
import static th.servicepoint.report.Surveyed.assignDivision;
import static th.servicepoint.report.Surveyed.poster;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.openCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The executive report over answers given through the API. The seed site reproduces the seed analysis' E1 from raw
 * answers (E1.1 = 89.10 and E1.2 = 87.98 need 250 answers on the 100/85/50/0 points) and spreads them over four
 * counters, two services and two divisions so the breakdown rules show; a second site adds poster answers. Both
 * answer in the first half of FY 2590 (Oct 2046 – Mar 2047), which no other test uses, so the agency figures are
 * theirs alone.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ExecutiveReportTest {

    private static final String HALF_1 = "fiscalYear=2590&half=1";
    /** 10:00 in Bangkok, in half 2 of FY 2589: the period the report compares with. */
    private static final Instant PREVIOUS = Instant.parse("2046-06-15T03:00:00Z");
    private static final Instant CURRENT = Instant.parse("2047-01-15T03:00:00Z");
    private static final Instant OTHER_DAY = Instant.parse("2047-02-10T03:00:00Z");
    private static final Instant HALF_1_ENDED = Instant.parse("2047-04-02T03:00:00Z");
    private static final double EXACT = 1e-9;
    private static final String E1_POINT = "กำหนดขั้นตอนและระยะเวลาการปฏิบัติงาน/การให้บริการอย่างชัดเจน";
    private static final String CORRUPTION_TEXT = "เจ้าหน้าที่เรียกรับเงินเพื่อให้ได้คิวก่อน";

    /** Answers served at each counter of the seed site: 200 + 40 + 7 + 3 = 250. */
    private static final int[] AT_COUNTER = { 200, 40, 7, 3 };

    private static Site seed;
    private static Site other;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    ExecutiveReports reports;

    @BeforeEach
    void answersOnce() {
        if (seed == null) {
            seed = seedSite();
            other = otherSite();
        }
    }

    @Test
    void reproducesTheSeedE1FromRawAnswersAndFlagsIt() {
        JsonPath report = report(HALF_1 + "&servicePoint=" + seed.code());

        assertEquals("HALF_1", report.getString("period.kind"));
        assertEquals(2590, report.getInt("period.fiscalYear"));
        assertEquals("2046-10-01", report.getString("period.firstDay"));
        assertEquals("2047-03-31", report.getString("period.lastDay"));
        assertEquals("SERVICE_POINT", report.getString("scope.kind"));
        assertEquals(95.0, report.getDouble("target"), EXACT);
        assertEquals(250, report.getLong("survey.responses.total"));

        Map<String, Object> e1 = question(report, "E1");
        assertEquals(88.54, ((Number) e1.get("score")).doubleValue(), EXACT);
        assertEquals(250, ((Number) e1.get("n")).intValue());
        assertEquals(true, e1.get("belowTarget"));
        assertEquals(E1_POINT, e1.get("developmentPoint"));
        assertEquals(89.10, score(report, "E1.1"), EXACT);
        assertEquals(87.98, score(report, "E1.2"), EXACT);
        assertEquals("เจ้าหน้าที่ให้บริการตามที่กำหนด", report.getString("survey.wording.E1.textTh"));
        assertEquals("Staff followed the published steps of the service",
                report.getString("survey.wording.'E1.1'.textEn"));

        List<Map<String, Object>> flagged = report.getList("survey.belowTarget.items");
        Map<String, Object> e11 = flagged.stream().filter(flag -> flag.get("code").equals("E1.1")).findFirst()
                .orElseThrow();
        assertEquals(E1_POINT, e11.get("developmentPoint"));
        assertEquals(89.10, ((Number) e11.get("score")).doubleValue(), EXACT);
        assertTrue(report.getList("survey.belowTarget.questions.code").contains("E1"));

        assertEquals(true, report.getBoolean("survey.projectedEit.agencyEstimate"));
        assertTrue(report.getString("survey.projectedEit.noteTh").contains("ไม่ใช่คะแนน ITA อย่างเป็นทางการ"));
        assertEquals(List.of("6", "7", "8"), report.getList("survey.indicators.code"));
        assertEquals(List.of("E1", "E2", "E3", "E5"), report.getList("survey.indicators[0].questionCodes"));
    }

    @Test
    void everyItemQuestionAndIndicatorHasCodeNAndScore() {
        JsonPath report = report(HALF_1 + "&servicePoint=" + seed.code());
        List<Map<String, Object>> objects = new ArrayList<>();
        objects.addAll(report.getList("survey.questions"));
        objects.addAll(report.getList("survey.questions.items.flatten()"));
        objects.addAll(report.getList("survey.indicators"));
        assertEquals(11 + 13 + 3, objects.size());
        for (Map<String, Object> object : objects) {
            assertTrue(object.get("code") instanceof String, object.toString());
            assertTrue(object.get("n") instanceof Number, object.toString());
            assertTrue(object.get("score") instanceof Number, object.toString());
        }
        assertEquals(List.of("E1.1", "E1.2", "E2", "E3", "E5", "E6.1", "E6.2", "E9", "E11", "E12", "E14", "E15",
                "OVERALL"), report.getList("survey.questions.items.flatten().code"));
    }

    @Test
    void comparesWithThePreviousHalf() {
        JsonPath report = report(HALF_1 + "&servicePoint=" + seed.code());
        assertEquals("HALF_2", report.getString("survey.previous.period.kind"));
        assertEquals(2589, report.getInt("survey.previous.period.fiscalYear"));
        assertEquals(10, report.getLong("survey.previous.responses"));
        // 10 answers: n, and neither projected EIT nor grade (fewer than 30)
        assertEquals(10, report.getLong("survey.previous.projectedEit.n"));
        assertNull(report.get("survey.previous.projectedEit.score"));
        assertNull(report.get("survey.previous.projectedEit.grade"));
        Map<String, Object> change = cast(item(report, "E1.1").get("change"));
        assertEquals(10, ((Number) change.get("previousN")).intValue());
        assertEquals(100.0, ((Number) change.get("previousScore")).doubleValue(), EXACT);
        // 250 answers averaging 89.10 against 10 answers of 100 without spread: a real drop
        assertEquals(true, change.get("significant"));
    }

    @Test
    void breakdownsRankOnlyRowsWithThirtyAnswersAndHideSmallClerkCells() {
        JsonPath report = report(HALF_1 + "&servicePoint=" + seed.code());
        assertEquals(30, report.getInt("breakdowns.rankMinAnswers"));
        assertEquals(5, report.getInt("breakdowns.clerkCellMinAnswers"));

        // counter 2 answered best on every item but E1, so it ranks above the larger counter 1
        List<Map<String, Object>> counters = report.getList("breakdowns.counters");
        assertEquals(List.of("2", "1", "3", "4"), counters.stream().map(row -> row.get("key")).toList());
        assertEquals(List.of(40, 200, 7, 3), counters.stream().map(row -> row.get("n")).toList());
        assertEquals(1, counters.get(0).get("rank"));
        assertEquals(2, counters.get(1).get("rank"));
        for (Map<String, Object> small : counters.subList(2, 4)) {
            assertNull(small.get("rank"));
            assertTrue(((String) small.get("noteTh")).contains("น้อยกว่า 30"), small.toString());
            assertTrue(((String) small.get("noteEn")).contains("fewer than 30"), small.toString());
            // counters are not clerks: a small counter still shows its question scores, but no projected EIT or
            // grade from fewer than 30 answers
            assertNull(eitScore(small));
            assertTrue(cells(small).stream().allMatch(cell -> cell.get("score") != null), small.toString());
        }
        assertEquals(seed.code(), counters.get(0).get("servicePointCode"));

        List<Map<String, Object>> clerks = report.getList("breakdowns.clerks");
        assertEquals(List.of(seed.clerk(2), seed.clerk(1), seed.clerk(3), seed.clerk(4)),
                clerks.stream().map(row -> row.get("key")).toList());
        assertEquals("ผู้ใช้ทดสอบ " + seed.clerk(2), clerks.get(0).get("nameTh"));
        Map<String, Object> seven = clerks.get(2);
        assertNull(seven.get("rank"));
        assertNull(eitScore(seven), "7 answers: no projected EIT");
        assertTrue(cells(seven).stream().allMatch(cell -> cell.get("score") != null));
        Map<String, Object> three = clerks.get(3);
        assertEquals(3, three.get("n"));
        assertNull(three.get("rank"));
        assertNull(eitScore(three));
        assertFalse(cells(three).isEmpty());
        assertTrue(cells(three).stream().allMatch(cell -> cell.get("score") == null && cell.get("n") != null));
        assertTrue(((String) three.get("noteTh")).contains("น้อยกว่า 5"), three.toString());

        List<Map<String, Object>> services = report.getList("breakdowns.services");
        assertEquals(List.of("A", "B"), services.stream().map(row -> row.get("key")).toList());
        assertEquals(List.of(240, 10), services.stream().map(row -> row.get("n")).toList());
        assertEquals(1, services.get(0).get("rank"));
        assertNull(services.get(1).get("rank"));
        List<Map<String, Object>> divisions = report.getList("breakdowns.divisions");
        assertEquals(List.of("การเงิน", "ช่าง"), divisions.stream().map(row -> row.get("nameTh")).toList());
        assertEquals(List.of(240, 10), divisions.stream().map(row -> row.get("n")).toList());
        assertEquals(List.of("INVITED"), report.getList("breakdowns.modes.key"));
    }

    @Test
    void queueComplaintsAndCommentsOfTheServicePoint() {
        clock.set(HALF_1_ENDED);
        JsonPath report = report(HALF_1 + "&servicePoint=" + seed.code());
        assertEquals(250, report.getLong("queue.total.counts.issued"));
        assertEquals(250, report.getLong("queue.total.counts.served"));
        assertEquals(1, report.getLong("complaints.total"));
        assertEquals(1, report.getLong("complaints.corruption"));
        assertEquals(List.of(), report.getList("complaints.counts.findAll { it.category == 'CORRUPTION' }"),
                "corruption complaints are one number per period, never by status");
        assertNull(report("fiscalYear=2590&servicePoint=" + seed.code()).get("complaints.corruption"),
                "the fiscal year has not ended yet");
        assertFalse(report.prettify().contains(CORRUPTION_TEXT));
        assertEquals(2, report.getLong("comments.count"));
        assertEquals(List.of("รอนานไปหน่อย", "บริการรวดเร็ว"), report.getList("comments.latest.text"));
        assertEquals("งาน B", report.getString("comments.latest[0].serviceNameTh"));
        assertEquals(4, report.getInt("comments.latest[0].counterNumber"));
    }

    @Test
    void posterAnswersCountInTheTotalAndUnderTheirCounterOnly() {
        JsonPath report = report(HALF_1 + "&servicePoint=" + other.code());
        assertEquals(5, report.getLong("survey.responses.total"));
        assertEquals(2, report.getLong("survey.responses.invited"));
        assertEquals(3, report.getLong("survey.responses.open"));
        assertEquals(List.of(5), report.getList("breakdowns.counters.n"));
        assertEquals(List.of(2), report.getList("breakdowns.services.n"));
        assertEquals(List.of(2), report.getList("breakdowns.clerks.n"));
        assertEquals(List.of("INVITED", "OPEN"), report.getList("breakdowns.modes.key"));
        assertEquals(List.of(2, 3), report.getList("breakdowns.modes.n"));
        assertEquals(List.of("โปสเตอร์ดูง่าย", "ขอบคุณครับ"), report.getList("comments.latest.text"));
        assertEquals("OPEN", report.getString("comments.latest[0].mode"));
        assertNull(report.get("comments.latest[0].serviceNameTh"));
        assertEquals(1, report.getInt("comments.latest[0].counterNumber"));
        assertEquals("งาน A", report.getString("comments.latest[1].serviceNameTh"));
    }

    @Test
    void theAgencyAddsUpItsServicePoints() {
        JsonPath agency = report(HALF_1);
        assertEquals("AGENCY", agency.getString("scope.kind"));
        assertNull(agency.get("scope.servicePointCode"));
        assertEquals(255, agency.getLong("survey.responses.total"));
        assertEquals(3, agency.getLong("survey.responses.open"));
        assertEquals(255, ((Number) question(agency, "E2").get("n")).intValue());
        List<Map<String, Object>> counters = agency.getList("breakdowns.counters");
        assertEquals(5, counters.size());
        assertEquals(1, counters.stream().filter(row -> row.get("servicePointCode").equals(other.code())).count());
        assertEquals(List.of(252, 3), agency.getList("breakdowns.modes.n"));
        assertEquals(4, agency.getLong("comments.count"));
        assertEquals(252, agency.getLong("queue.total.counts.issued"));
    }

    @Test
    void thePublicVersionKeepsAggregatesOnly() {
        ReportPeriod half = ReportPeriod.half(FiscalYear.of(2590), 1);
        ExecutiveReport full = reports.build(half, seed.code());
        ExecutiveReport open = full.publicVersion();
        assertEquals(ExecutiveReport.Audience.PUBLIC, open.audience());
        assertNull(open.breakdowns().clerks());
        assertNull(open.comments());
        assertEquals(full.survey(), open.survey());
        assertEquals(full.breakdowns().counters(), open.breakdowns().counters());
        assertEquals(full.queue().total(), open.queue().total());
        assertEquals(full.complaints(), open.complaints());
        assertEquals(4, full.breakdowns().clerks().size());
        assertEquals(2, full.comments().latest().size());
    }

    /** 250 answers at the seed site in half 1, 10 in the half before, and a corruption complaint naming it. */
    private Site seedSite() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "A").counter(3, "B")
                .counter(4, "B").create();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        assignDivision(site, "A", "fin-" + suffix, "การเงิน", "Finance");
        assignDivision(site, "B", "eng-" + suffix, "ช่าง", "Engineering");
        for (int counter = 1; counter <= 4; counter++) {
            openCounter(site, counter);
        }
        clock.set(PREVIOUS);
        for (int i = 0; i < 10; i++) {
            serveAndAnswer(site, "A", 1, BEST, null);
        }
        clock.set(CURRENT);
        List<String> e11 = levels(88, 155, 6, 1);
        List<String> e12 = levels(68, 177, 3, 2);
        int visit = 0;
        for (int counter = 1; counter <= 4; counter++) {
            for (int i = 0; i < AT_COUNTER[counter - 1]; i++, visit++) {
                Map<String, String> answers = new HashMap<>(counter == 2 ? BEST : MIXED);
                answers.put("E1.1", e11.get(visit));
                answers.put("E1.2", e12.get(visit));
                String comment = visit == 0 ? "บริการรวดเร็ว" : visit == 249 ? "รอนานไปหน่อย" : null;
                clock.advance(Duration.ofSeconds(20));
                serveAndAnswer(site, counter <= 2 ? "A" : "B", counter, answers, comment);
            }
        }
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("category", "CORRUPTION", "text", CORRUPTION_TEXT, "servicePoint", site.code()))
                .post("/api/v1/complaints").then().statusCode(201);
        return site;
    }

    /** Two invited answers and three through the counter's poster, each after the poster's per-client interval. */
    private Site otherSite() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        clock.set(OTHER_DAY);
        serveAndAnswer(site, "A", 1, MIXED, null);
        serveAndAnswer(site, "A", 1, BEST, "ขอบคุณครับ");
        String poster = poster(site, 1);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(11));
            answerPoster(poster, MIXED, i == 2 ? "โปสเตอร์ดูง่าย" : null);
        }
        return site;
    }

    /** The four ITA levels, so many of each, in this order. */
    private static List<String> levels(int most, int much, int little, int least) {
        List<String> levels = new ArrayList<>();
        levels.addAll(Collections.nCopies(most, "MOST"));
        levels.addAll(Collections.nCopies(much, "MUCH"));
        levels.addAll(Collections.nCopies(little, "LITTLE"));
        levels.addAll(Collections.nCopies(least, "LEAST"));
        return levels;
    }

    private static Map<String, Object> question(JsonPath report, String code) {
        return report.getMap("survey.questions.find { it.code == '" + code + "' }");
    }

    private static Map<String, Object> item(JsonPath report, String code) {
        return report.getMap("survey.questions.items.flatten().find { it.code == '" + code + "' }");
    }

    private static double score(JsonPath report, String code) {
        return ((Number) item(report, code).get("score")).doubleValue();
    }

    private static Object eitScore(Map<String, Object> row) {
        return cast(row.get("projectedEit")).get("score");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cells(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("questions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
