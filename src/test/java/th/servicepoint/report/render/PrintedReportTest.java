package th.servicepoint.report.render;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.reportResponse;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.openCounter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.PdfText;
import th.servicepoint.report.snapshot.ReportSnapshots;
import th.servicepoint.report.snapshot.SnapshotTrigger;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The executive report as HTML and PDF, from real answers, tickets and a measure: Thai text and the figures of the
 * JSON report, citizen text escaped, and the public version without names or comments. The PDF's pages are written to
 * target/report-artifacts as PNG to look at.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class PrintedReportTest {

    /** FY 2622 half 1 (1 Oct 2078 – 31 Mar 2079): a period no other test writes in. */
    private static final String PERIOD = "fiscalYear=2622&half=1";
    private static final String COMMENT = "<b>รอนาน</b> & เจ้าหน้าที่สุภาพ";
    private static final String MEASURE = "จัดทำป้ายขั้นตอนและระยะเวลาการให้บริการ";
    private static final Path ARTIFACTS = Path.of("target", "report-artifacts");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    ReportSnapshots snapshots;

    @Test
    void htmlAndPdfShowTheFiguresInThai() throws IOException {
        Site site = surveyedSite();
        String at = PERIOD + "&servicePoint=" + site.code();
        JsonPath json = report(at);
        String e3 = score(json, "E3");

        ExtractableResponse<Response> html = reportResponse(at + "&format=html").statusCode(200).extract();
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.header("Content-Disposition").startsWith("inline"), html.header("Content-Disposition"));
        String page = html.asString();
        assertTrue(page.contains("รายงานผลการประเมินความพึงพอใจและความคิดเห็นของผู้รับบริการ"), page);
        assertTrue(page.contains("<td>E3</td>"), page);
        assertTrue(page.contains(e3), "E3 scores " + e3);
        assertTrue(page.contains(MEASURE), page);
        assertTrue(page.contains("&lt;b&gt;รอนาน&lt;/b&gt; &amp; เจ้าหน้าที่สุภาพ"), "the comment, escaped");
        assertFalse(page.contains(COMMENT), "a comment is written unescaped");
        assertFalse(page.contains("null"), "an empty figure printed as null");
        assertTrue(page.contains(site.clerk(1)), "the executive version names the clerks");

        ExtractableResponse<Response> pdf = reportResponse(at + "&format=pdf").statusCode(200).extract();
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.header("Content-Disposition").contains("executive-report-2622-h1-" + site.code() + ".pdf"));
        byte[] file = pdf.asByteArray();
        String text = PdfText.of(file);
        for (String expected : List.of("รายงานผลการประเมินความพึงพอใจ", "ประเด็นที่ควรพัฒนา",
                "มาตรการและความก้าวหน้า", "การให้บริการตามคิว", "ยังมีคำตอบไม่พอ", e3)) {
            assertTrue(text.contains(expected), expected + " is not in the PDF's text: " + text);
        }
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("executive-report.pdf"), file);
        PdfText.run("pdftoppm", "-r", "60", "-png", ARTIFACTS.resolve("executive-report.pdf").toString(),
                ARTIFACTS.resolve("executive-report").toString());
    }

    @Test
    void thePublicVersionHasNoNamesAndNoComments() {
        Site site = surveyedSite();
        snapshots.take(ReportPeriod.half(FiscalYear.of(2622), 1), site.code(), SnapshotTrigger.MANUAL, "admin");
        String url = "/api/v1/public/reports/2622/1?servicePoint=" + site.code();

        JsonPath open = given().get(url).then().statusCode(200).extract().jsonPath();
        // agency-wide measures other tests leave open are carried into every later report, so find ours by title
        String ours = "measures.find { it.measure.titleTh == '" + MEASURE + "' }";
        assertFalse(open.getBoolean(ours + ".fromEarlierPeriod"));
        assertNull(open.get(ours + ".measure.createdBy"));
        assertEquals(List.of("E3"), open.getList(ours + ".items.code"));
        assertTrue(open.getList("measures.measure.createdBy").stream().allMatch(Objects::isNull),
                "a public measure names who recorded it");

        String page = given().get(url + "&format=html").then().statusCode(200).extract().asString();
        assertTrue(page.contains("ฉบับเผยแพร่ต่อสาธารณะ"), page);
        assertTrue(page.contains(MEASURE), page);
        assertFalse(page.contains(site.clerk(1)), "a clerk's user name is in the public report");
        assertFalse(page.contains("รอนาน"), "a comment is in the public report");
        assertFalse(page.contains("<h3>รายเจ้าหน้าที่</h3>"), "the public report has a clerk table");
    }

    /** Two visitors served and surveyed in half 1 of FY 2622, a comment, and a measure for E3. */
    private Site surveyedSite() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        clock.set("2078-12-10T03:00:00Z");
        serveAndAnswer(site, "A", 1, MIXED, COMMENT);
        serveAndAnswer(site, "A", 1, MIXED, null);
        executive().body(Map.of("fiscalYear", 2622, "half", 1, "servicePoint", site.code(), "items", List.of("E3"),
                "titleTh", MEASURE, "steps", List.of("สำรวจขั้นตอนของทุกงานบริการ", "ติดป้ายที่ทุกช่องบริการ"),
                "responsible", "สำนักปลัด", "followUp", "รายงานความก้าวหน้าทุกไตรมาส")).post("/api/v1/measures").then()
                .statusCode(201);
        return site;
    }

    private static String score(JsonPath report, String item) {
        double score = report.getDouble("survey.questions.find { it.code == '" + item + "' }.score");
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
