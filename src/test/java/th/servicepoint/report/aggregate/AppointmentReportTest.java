package th.servicepoint.report.aggregate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.report;
import static th.servicepoint.report.Surveyed.reportResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
import io.restassured.path.json.config.JsonPathConfig;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.report.snapshot.ReportSnapshots;
import th.servicepoint.report.snapshot.SnapshotTrigger;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The appointments of a past half (FY 2633 half 1, October 2089 – March 2090, which no other test uses), written as
 * history: service A takes appointments, B does not. On 10 November 2089 A had three appointments kept (called 4
 * minutes after, 10 minutes before and 25 minutes after the slot's start), one cancelled, one marked no-show and one
 * nobody marked; its walk-ins waited 10, 20 and 30 minutes that day and 4 and 6 minutes on the 11th, a day without
 * appointments. B's walk-in (50 minutes) is not A's and counts nowhere.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class AppointmentReportTest {

    private static final String HALF = "fiscalYear=2633&half=1";
    private static final String EMPTY_HALF = "fiscalYear=2632&half=2";
    private static final String AFTER = "2090-06-01T03:00:00Z";

    private static Site site;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entityManager;
    @Inject
    ReportSnapshots snapshots;

    @BeforeEach
    void history() {
        if (site != null) {
            return;
        }
        site = fixtures.site().service("A").service("B").counter(1, "A", "B").create();
        appointment("2089-11-10T09:00", "CHECKED_IN", "2089-11-10T09:04");
        appointment("2089-11-10T09:30", "CHECKED_IN", "2089-11-10T09:20");
        appointment("2089-11-10T10:00", "CHECKED_IN", "2089-11-10T10:25");
        appointment("2089-11-10T10:30", "CANCELLED", null);
        appointment("2089-11-10T11:00", "NO_SHOW", null);
        appointment("2089-11-10T11:30", "BOOKED", null);
        appointment("2090-04-02T09:00", "BOOKED", null); // the next half's
        walkIn("A", "2089-11-10T08:30", 10);
        walkIn("A", "2089-11-10T08:40", 20);
        walkIn("A", "2089-11-10T08:50", 30);
        walkIn("A", "2089-11-10T09:10", null);
        walkIn("A", "2089-11-11T08:30", 4);
        walkIn("A", "2089-11-11T08:40", 6);
        walkIn("B", "2089-11-10T08:30", 50);
    }

    @Test
    void theJsonCountsOutcomesPunctualityAndWalkInWaits() {
        clock.set(AFTER);
        JsonPath json = json(HALF + "&servicePoint=" + site.code());

        assertEquals(6, json.getLong("appointments.total.outcomes.booked"));
        assertEquals(3, json.getLong("appointments.total.outcomes.kept"));
        assertEquals(1, json.getLong("appointments.total.outcomes.cancelled"));
        assertEquals(2, json.getLong("appointments.total.outcomes.missed"), "the no-show and the one nobody marked");
        assertEquals(0, json.getLong("appointments.total.outcomes.upcoming"));
        assertEquals(60.0, json.getDouble("appointments.total.outcomes.keptPercent"), 1e-9, "3 of 5");
        assertEquals(3, json.getLong("appointments.total.punctuality.n"));
        assertEquals(4.0, json.getDouble("appointments.total.punctuality.medianMinutes"), 1e-9);
        assertEquals(20.8, json.getDouble("appointments.total.punctuality.p90Minutes"), 1e-9, "0, 4, 25");
        assertEquals(2, json.getLong("appointments.total.punctuality.withinTen"), "called early counts as on time");
        assertEquals(3, json.getLong("appointments.total.walkIns.withAppointments.n"), "B's and the uncalled aside");
        assertEquals(20.0, json.getDouble("appointments.total.walkIns.withAppointments.medianMinutes"), 1e-9);
        assertEquals(2, json.getLong("appointments.total.walkIns.withoutAppointments.n"));
        assertEquals(5.0, json.getDouble("appointments.total.walkIns.withoutAppointments.medianMinutes"), 1e-9);
        assertEquals(List.of("A"), json.getList("appointments.services.prefix"), "B took no appointments");
        assertEquals(6, json.getLong("appointments.services[0].figures.outcomes.booked"));
    }

    @Test
    void anAppointmentWhoseSlotHasNotEndedIsUpcomingNotMissed() {
        clock.set(at("2089-11-10T11:15"));
        JsonPath json = json(HALF + "&servicePoint=" + site.code());

        assertEquals(1, json.getLong("appointments.total.outcomes.missed"), "the no-show only");
        assertEquals(1, json.getLong("appointments.total.outcomes.upcoming"));
        assertEquals(75.0, json.getDouble("appointments.total.outcomes.keptPercent"), 1e-9, "3 of 4");
    }

    @Test
    void theHtmlShowsTheAppointmentsAndAPeriodWithoutSaysSo() {
        clock.set(AFTER);
        String html = html(HALF + "&servicePoint=" + site.code());
        String section = html.substring(html.indexOf("การนัดหมาย <span"), html.indexOf("๘. เรื่องร้องเรียน"));
        String total = section.substring(section.indexOf("รวมทุกงานบริการ"));
        assertTrue(total.contains("60.0%"), total);
        assertTrue(total.contains("4.0 / 20.8"), total);
        assertTrue(total.contains("66.7% (3)"), total);
        assertTrue(total.contains("20.0 (3)") && total.contains("5.0 (2)"), total);
        assertFalse(section.contains("ไม่มีการนัดหมายในรอบนี้"));

        String empty = html(EMPTY_HALF + "&servicePoint=" + site.code());
        assertTrue(empty.contains("ไม่มีการนัดหมายในรอบนี้"));
        assertFalse(empty.contains("รอหลังเวลานัด"), "no table of zeros");
    }

    @Test
    void theWorkbookHasAnAppointmentSheetOnlyForAPeriodWithAppointments() throws IOException {
        clock.set(AFTER);
        try (ReadableWorkbook workbook = workbook(HALF + "&servicePoint=" + site.code())) {
            List<Row> rows = workbook.findSheet("นัดหมาย").orElseThrow().read();
            List<String> headings = rows.get(0).stream().map(Cell::getText).toList();
            Row total = rows.stream().filter(row -> "รวม (Total)".equals(row.getCellText(2))).findFirst().orElseThrow();
            assertEquals(6, number(total, headings, "นัดหมาย (Booked)"));
            assertEquals(2, number(total, headings, "ไม่มาตามนัด (Missed)"));
            assertEquals(60.0, number(total, headings, "ร้อยละมาตามนัด (Kept %)"));
            assertEquals(20.8, number(total, headings, "รอหลังเวลานัด P90 (นาที)"));
            assertEquals(5.0, number(total, headings, "คิวปกติ รอ มัธยฐาน (นาที) วันที่ไม่มีนัด"));
            assertEquals(6, summary(workbook).getCell(1).asNumber().intValue());
        }
        try (ReadableWorkbook workbook = workbook(EMPTY_HALF + "&servicePoint=" + site.code())) {
            assertFalse(workbook.getSheets().map(Sheet::getName).toList().contains("นัดหมาย"));
            Row summary = summary(workbook);
            assertEquals(0, summary.getCell(1).asNumber().intValue());
            assertTrue(summary.getCellText(2).startsWith("ไม่มีการนัดหมายในรอบนี้"), summary.getCellText(2));
        }
    }

    @Test
    void theCsvHasTheFiguresWithTheirN() throws IOException {
        clock.set(AFTER);
        List<CSVRecord> csv = csv(HALF + "&servicePoint=" + site.code());

        CSVRecord kept = figure(csv, "appointment_total", "kept_percent").orElseThrow();
        assertEquals("60.0", kept.get("value"));
        assertEquals("5", kept.get("n"));
        assertEquals("20.8", figure(csv, "appointment_total", "late_p90_minutes").orElseThrow().get("value"));
        assertEquals("66.7",
                figure(csv, "appointment_total", "called_within_10_minutes_percent").orElseThrow().get("value"));
        CSVRecord with = figure(csv, "appointment_total", "walk_in_wait_median_minutes_with_appointments")
                .orElseThrow();
        assertEquals("20.0", with.get("value"));
        assertEquals("3", with.get("n"));
        assertEquals("A", figure(csv, "appointment_service", "booked").orElseThrow().get("key"));

        List<CSVRecord> empty = csv(EMPTY_HALF + "&servicePoint=" + site.code());
        assertEquals("0", figure(empty, "appointment_total", "booked").orElseThrow().get("value"));
        assertTrue(figure(empty, "appointment_total", "kept").isEmpty(), "one row says there were none");
    }

    @Test
    void thePublicVersionShowsTheAppointments() {
        clock.set(AFTER);
        snapshots.take(ReportPeriod.half(FiscalYear.of(2633), 1), site.code(), SnapshotTrigger.MANUAL, "admin");
        JsonPath published = new JsonPath(given().get("/api/v1/public/reports/2633/1?servicePoint=" + site.code())
                .then().statusCode(200).extract().asString());

        assertEquals("PUBLIC", published.getString("audience"));
        assertEquals(3, published.getLong("appointments.total.outcomes.kept"));
        assertNull(published.get("comments"));
    }

    /** An appointment of service A, slot of 30 minutes (Bangkok times); a kept one's ticket is called at calledAt. */
    private void appointment(String slot, String status, String calledAt) {
        Instant start = at(slot);
        Long ticket = calledAt == null ? null : ticket("A", "APPOINTMENT", start.minusSeconds(600), at(calledAt), start);
        Installation.read(() -> entityManager.createNativeQuery("""
                insert into appointment (service_point_id, service_id, slot_start, slot_end, code, status, device_hash,
                    booked_at, ended_at, ticket_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, repeat('d', 64), ?7, ?8, ?9)
                """).setParameter(1, site.id()).setParameter(2, site.services().get("A")).setParameter(3, start)
                .setParameter(4, start.plus(Duration.ofMinutes(30)))
                .setParameter(5, Fixtures.unique("ap").replace("-", "").toUpperCase())
                .setParameter(6, status).setParameter(7, start.minus(Duration.ofDays(3)))
                .setParameter(8, status.equals("BOOKED") ? null : start).setParameter(9, ticket).executeUpdate());
    }

    /** A walk-in ticket arriving at {@code arrival}, called {@code waitMinutes} later (null: never called). */
    private void walkIn(String prefix, String arrival, Integer waitMinutes) {
        Instant arrived = at(arrival);
        ticket(prefix, "KIOSK", arrived, waitMinutes == null ? null : arrived.plus(Duration.ofMinutes(waitMinutes)),
                null);
    }

    private long ticket(String prefix, String channel, Instant arrived, Instant calledAt, Instant appointmentAt) {
        long service = site.services().get(prefix);
        return Installation.read(() -> ((Number) entityManager.createNativeQuery("""
                insert into ticket (service_point_id, service_id, numbered_by_service_id, business_day, seq, number,
                    priority, channel, status, issued_at, queued_at, estimated_wait_minutes, called_at, appointment_at)
                values (?1, ?2, ?2, cast(?3 as timestamptz) at time zone 'Asia/Bangkok',
                    (select coalesce(max(seq), 0) + 1 from ticket where numbered_by_service_id = ?2),
                    'X1', 'NORMAL', ?4, ?5, ?3, ?3, 0, ?6, ?7)
                returning id
                """).setParameter(1, site.id()).setParameter(2, service).setParameter(3, arrived)
                .setParameter(4, channel).setParameter(5, calledAt == null ? "CANCELLED" : "DONE")
                .setParameter(6, calledAt).setParameter(7, appointmentAt).getSingleResult()).longValue());
    }

    private static Instant at(String bangkok) {
        return LocalDateTime.parse(bangkok).atZone(ThaiDates.BANGKOK).toInstant();
    }

    private static JsonPath json(String query) {
        return report(query).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static String html(String query) {
        return reportResponse(query + "&format=html").statusCode(200).extract().asString();
    }

    private static ReadableWorkbook workbook(String query) throws IOException {
        byte[] xlsx = reportResponse(query + "&format=xlsx").statusCode(200).extract().asByteArray();
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
    }

    private static Row summary(ReadableWorkbook workbook) throws IOException {
        return workbook.findSheet("สรุป").orElseThrow().read().stream()
                .filter(row -> "นัดหมาย (Appointments)".equals(row.getCellText(0))).findFirst().orElseThrow();
    }

    private static double number(Row row, List<String> headings, String heading) {
        assertTrue(headings.contains(heading), heading);
        return row.getCell(headings.indexOf(heading)).asNumber().doubleValue();
    }

    private static List<CSVRecord> csv(String query) throws IOException {
        String text = new String(reportResponse(query + "&format=csv").statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.builder().setHeader().build().parse(new StringReader(text.substring(1))).getRecords();
    }

    private static Optional<CSVRecord> figure(List<CSVRecord> csv, String section, String metric) {
        return csv.stream().filter(record -> record.get("section").equals(section) && record.get("metric").equals(metric))
                .findFirst();
    }
}
