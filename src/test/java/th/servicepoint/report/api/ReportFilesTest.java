package th.servicepoint.report.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.BEST;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.answer;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.reportResponse;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.surveyToken;
import static th.servicepoint.support.Api.surveyUrl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.report.snapshot.ReportSnapshots;
import th.servicepoint.report.snapshot.SnapshotTrigger;
import th.servicepoint.report.tables.OpenDataTable;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The executive report downloaded as a workbook and as open-data CSV, read back and held against the JSON report of
 * the same answers. Half 1 of FY 2620 (October 2076 – March 2077), which no other test uses.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class ReportFilesTest {

    private static final String HALF_1 = "fiscalYear=2620&half=1";
    private static final String COMMENT = "ขั้นตอนชัดเจน รวดเร็วดี";
    private static final String REASON = "ผู้รับบริการนัดหมายไว้ล่วงหน้า";
    private static final String MEASURE = "จัดทำขั้นตอนและระยะเวลาการให้บริการ";

    private static Site site;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    ReportSnapshots snapshots;

    /** Three served and answered, one of them called out of order, one left waiting; a measure for E1.2. */
    @BeforeEach
    void servedOnce() {
        if (site != null) {
            return;
        }
        site = fixtures.site().service("A", 5, 10).counter(1, "A").create();
        openCounter(site, 1);
        clock.set("2077-01-15T03:00:00Z");
        serveAndAnswer(site, "A", 1, MIXED, COMMENT);
        serveAndAnswer(site, "A", 1, BEST, null);
        issue(site, "A");
        JsonPath skipped = issue(site, "A");
        long skipping = skipped.getLong("id");
        clerkOf(site, 1).body(Map.of("reason", REASON))
                .post("/api/v1/counters/{c}/tickets/{t}/call", site.counter(1), skipping).then().statusCode(200);
        act(site, 1, skipping, "start").statusCode(200);
        act(site, 1, skipping, "complete").statusCode(200);
        answer(surveyToken(surveyUrl(skipped.getString("trackingToken"))), MIXED, null);
        executive().body(Map.of("fiscalYear", 2620, "half", 1, "servicePoint", site.code(), "items", List.of("E1.2"),
                "titleTh", MEASURE, "steps", List.of("ประชุมทุกกอง", "เผยแพร่ที่บอร์ดและเว็บไซต์"), "responsible",
                "สำนักปลัด", "followUp", "รายงานทุกไตรมาส")).post("/api/v1/measures").then().statusCode(201);
        clock.reset();
    }

    @Test
    void theWorkbookHoldsTheJsonReportsFigures() throws IOException {
        String at = HALF_1 + "&servicePoint=" + site.code();
        JsonPath json = report(at);
        byte[] xlsx = reportResponse(at + "&format=xlsx").statusCode(200)
                .contentType(ReportFormat.XLSX.mediaType()).extract().asByteArray();

        try (ReadableWorkbook workbook = read(xlsx)) {
            assertEquals(List.of("สรุป", "ตัวชี้วัด", "คะแนนรายข้อ", "การกระจายคำตอบ", "ประเด็นที่ควรพัฒนา", "มาตรการ",
                    "รายงานบริการ", "รายช่องบริการ", "รายกอง", "รายเจ้าหน้าที่", "รายช่องทางการตอบ", "คิวรายงานบริการ",
                    "เรียกข้ามลำดับ", "เรื่องร้องเรียน", "ความคิดเห็น"), workbook.getSheets().map(Sheet::getName).toList());

            Row e12 = rowStarting(workbook, "คะแนนรายข้อ", 1, "E1.2");
            assertEquals(json.getLong("survey.questions[0].items[1].n"), e12.getCell(4).asNumber().longValue());
            assertNumber(json.getDouble("survey.questions[0].items[1].score"), e12.getCell(5));
            assertEquals("", text(e12, 10), "E1.2 scores 90.00, under the target, but 3 answers flag nothing");
            Row eit = rowStarting(workbook, "สรุป", 0, "EIT คาดการณ์ (Projected EIT)");
            assertNull(json.get("survey.projectedEit.score"), "3 answers: no projected EIT");
            assertEquals("", text(eit, 1));
            assertTrue(text(eit, 2).contains("ยังมีคำตอบไม่พอ"), text(eit, 2));
            assertEquals("", text(rowStarting(workbook, "สรุป", 0, "เกรด (Grade)"), 1));

            Row total = rowStarting(workbook, "คิวรายงานบริการ", 2, "รวม (Total)");
            assertEquals(4, total.getCell(3).asNumber().intValue(), "issued");
            assertEquals(3, total.getCell(4).asNumber().intValue(), "served");
            assertEquals(3, rowStarting(workbook, "รายเจ้าหน้าที่", 0, site.clerk(1)).getCell(4).asNumber().intValue());
            assertEquals(REASON, rowStarting(workbook, "เรียกข้ามลำดับ", 1, site.code()).getCellText(4));
            Row measure = rowStarting(workbook, "มาตรการ", 0, MEASURE);
            assertEquals("1. ประชุมทุกกอง\n2. เผยแพร่ที่บอร์ดและเว็บไซต์", measure.getCellText(1));
            assertTrue(measure.getCellText(7).startsWith("E1.2: "), measure.getCellText(7));
            assertEquals(COMMENT, rowStarting(workbook, "ความคิดเห็น", 5, COMMENT).getCellText(5));
        }
    }

    @Test
    void theCsvIsOneRowPerFigureWithTheJsonReportsFigures() throws IOException {
        String at = HALF_1 + "&servicePoint=" + site.code();
        JsonPath json = report(at);
        List<CSVRecord> csv = csv(reportResponse(at + "&format=csv").statusCode(200).extract().asByteArray());

        assertEquals(OpenDataTable.HEADINGS, csv.get(0).getParser().getHeaderNames());
        CSVRecord e12 = figure(csv, "item", "E1.2", "score").orElseThrow();
        assertEquals("2620", e12.get("fiscal_year"));
        assertEquals("1", e12.get("half"));
        assertEquals("2076-10-01", e12.get("first_day"));
        assertEquals(site.code(), e12.get("scope"));
        assertEquals(json.getString("survey.questions[0].items[1].n"), e12.get("n"));
        assertEquals(rounded(json.getDouble("survey.questions[0].items[1].score")).toPlainString(), e12.get("value"));
        assertEquals("90.00", e12.get("value"));
        assertEquals("4", figure(csv, "queue_total", "", "issued").orElseThrow().get("value"));
        assertEquals("1", figure(csv, "queue_total", "", "calls_out_of_order").orElseThrow().get("value"));
        assertEquals("PLANNED", figure(csv, "measure", "E1.2", "status").orElseThrow().get("value"));
        assertTrue(csv.stream().anyMatch(record -> record.get("section").equals("breakdown_clerk")
                && record.get("key").equals(site.clerk(1))));
        String text = String.join("\n", csv.stream().map(CSVRecord::toString).toList());
        assertFalse(text.contains(COMMENT), "comments are not open data");
        assertFalse(text.contains(REASON), "listed calls are not open data");
    }

    @Test
    void thePublicWorkbookAndCsvHaveNoClerksCommentsOrListedCalls() throws IOException {
        snapshots.take(ReportPeriod.half(FiscalYear.of(2620), 1), site.code(), SnapshotTrigger.MANUAL, "admin");
        String published = "/api/v1/public/reports/2620/1?servicePoint=" + site.code() + "&format=";

        try (ReadableWorkbook workbook = read(
                given().get(published + "xlsx").then().statusCode(200).extract().asByteArray())) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertFalse(sheets.contains("รายเจ้าหน้าที่"), sheets.toString());
            assertFalse(sheets.contains("ความคิดเห็น"), sheets.toString());
            assertFalse(sheets.contains("เรียกข้ามลำดับ"), sheets.toString());
            assertEquals(1, rowStarting(workbook, "สรุป", 0, "เรียกข้ามลำดับ (Calls out of order)").getCell(1)
                    .asNumber().intValue(), "the count stays");
        }
        List<CSVRecord> csv = csv(given().get(published + "csv").then().statusCode(200).extract().asByteArray());
        assertTrue(csv.stream().noneMatch(record -> record.toList().contains(site.clerk(1))));
        assertTrue(figure(csv, "item", "E1.2", "score").isPresent());
    }

    private static ReadableWorkbook read(byte[] xlsx) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
    }

    /** The first row of a sheet whose cell in {@code column} reads {@code text}. */
    /** A cell's text; "" for an empty cell, also one past the row's last written cell. */
    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(Cell::getText).orElse("");
    }

    private static Row rowStarting(ReadableWorkbook workbook, String sheet, int column, String text)
            throws IOException {
        return workbook.findSheet(sheet).orElseThrow().read().stream()
                .filter(row -> row.getOptionalCell(column).map(Cell::getText).filter(text::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + text + " in " + sheet));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark for Excel");
        return CSVFormat.EXCEL.builder().setHeader().build()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private static Optional<CSVRecord> figure(List<CSVRecord> csv, String section, String code, String metric) {
        return csv.stream().filter(record -> record.get("section").equals(section) && record.get("code").equals(code)
                && record.get("metric").equals(metric)).findFirst();
    }

    /** The JSON's score at two decimals. */
    private static void assertNumber(double json, Cell cell) {
        assertEquals(0, rounded(json).compareTo(cell.asNumber()), cell.toString());
    }

    private static BigDecimal rounded(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
    }
}
