package th.servicepoint.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.measure.MeasureFixtures.progress;
import static th.servicepoint.measure.MeasureFixtures.record;
import static th.servicepoint.measure.MeasureFixtures.seedMeasure;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * Which measures the report of a period shows, and as they stood at its end. FY 2569: half 1 is 1 Oct 2025 – 31 Mar
 * 2026, half 2 is 1 Apr – 30 Sep 2026 (Bangkok days); FY 2570 half 1 starts on 1 Oct 2026.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class MeasureReportTest {

    private static final FiscalYear FY2569 = FiscalYear.of(2569);
    private static final ReportPeriod H1 = ReportPeriod.half(FY2569, 1);
    private static final ReportPeriod H2 = ReportPeriod.half(FY2569, 2);
    private static final ReportPeriod NEXT_H1 = ReportPeriod.half(FiscalYear.of(2570), 1);
    private static final ReportPeriod NEXT_H2 = ReportPeriod.half(FiscalYear.of(2570), 2);

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    MeasureRegister register;

    private Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().create();
    }

    @Test
    void aFirstHalfMeasureProgressedInTheSecondHalfShowsInTheSecondHalfsReport() {
        clock.set("2026-04-05T03:00:00Z"); // recorded after the half 1 report came out
        long id = record(seedMeasure(site.code(), 1));
        clock.set("2026-05-10T03:00:00Z");
        progress(id, "IN_PROGRESS", "ประชุมส่วนราชการจัดทำขั้นตอนการให้บริการแล้ว").statusCode(200);
        // 07:00 Bangkok on 1 October 2026: after half 2, inside the next half
        clock.set("2026-10-01T00:00:00Z");
        progress(id, "DONE", "เผยแพร่ขั้นตอนครบทุกงานบริการ").statusCode(200);

        MeasureProgress second = shown(H2, id).orElseThrow();
        assertTrue(second.fromEarlierPeriod());
        assertEquals(H1, second.recordedFor());
        assertEquals(List.of("E1.1", "E1.2"), second.measure().items());
        assertEquals(MeasureStatus.IN_PROGRESS, second.measure().status());
        assertEquals(List.of("ประชุมส่วนราชการจัดทำขั้นตอนการให้บริการแล้ว"),
                second.measure().progress().stream().map(MeasureView.Progress::noteTh).toList());

        MeasureProgress first = shown(H1, id).orElseThrow();
        assertFalse(first.fromEarlierPeriod());
        assertEquals(MeasureStatus.PLANNED, first.measure().status());
        assertEquals(List.of(), first.measure().progress());

        // finished during the next half: shown there once more, as DONE
        MeasureProgress next = shown(NEXT_H1, id).orElseThrow();
        assertEquals(MeasureStatus.DONE, next.measure().status());
        assertEquals(2, next.measure().progress().size());
        assertEquals(Optional.empty(), shown(NEXT_H2, id));
    }

    @Test
    void aMeasureFinishedBeforeTheSecondHalfBeganIsNotShownThere() {
        clock.set("2026-01-10T03:00:00Z");
        long done = record(seedMeasure(site.code(), 1));
        long dropped = record(seedMeasure(site.code(), 1));
        clock.set("2026-03-20T03:00:00Z");
        progress(done, "DONE", "ปรับปรุงขั้นตอนแล้วเสร็จ").statusCode(200);
        // 23:59 Bangkok on 31 March: still half 1
        clock.set("2026-03-31T16:59:00Z");
        progress(dropped, "DROPPED", "ยุบรวมกับมาตรการอื่น").statusCode(200);

        assertEquals(Optional.empty(), shown(H2, done));
        assertEquals(Optional.empty(), shown(H2, dropped));
        assertEquals(MeasureStatus.DONE, shown(H1, done).orElseThrow().measure().status());
        assertEquals(MeasureStatus.DROPPED, shown(H1, dropped).orElseThrow().measure().status());
    }

    @Test
    void aMeasureRecordedAfterAPeriodEndedIsNotCarriedIntoIt() {
        clock.set("2026-10-05T03:00:00Z");
        long late = record(seedMeasure(site.code(), 1));

        assertEquals(Optional.empty(), shown(H2, late));
        assertFalse(shown(H1, late).orElseThrow().fromEarlierPeriod());
        assertTrue(shown(NEXT_H1, late).orElseThrow().fromEarlierPeriod());
    }

    @Test
    void aLaterPeriodsMeasureIsNotShownEarlierAndTheYearShowsItsHalves() {
        clock.set("2026-04-05T03:00:00Z");
        long first = record(seedMeasure(site.code(), 1));
        clock.set("2026-10-05T03:00:00Z");
        long second = record(seedMeasure(site.code(), 2));

        assertEquals(Optional.empty(), shown(H1, second));
        ReportPeriod year = ReportPeriod.year(FY2569);
        assertFalse(shown(year, first).orElseThrow().fromEarlierPeriod());
        assertFalse(shown(year, second).orElseThrow().fromEarlierPeriod());
    }

    @Test
    void aServicePointsReportShowsItsOwnAndTheAgencysMeasuresTheAgencyReportAll() {
        Site other = fixtures.site().create();
        clock.set("2026-04-05T03:00:00Z");
        long own = record(seedMeasure(site.code(), 1));
        long agency = record(seedMeasure(null, 1));
        long elsewhere = record(seedMeasure(other.code(), 1));

        List<Long> forSite = ids(register.forReport(H1, site.id()));
        assertTrue(forSite.containsAll(List.of(own, agency)), forSite.toString());
        assertFalse(forSite.contains(elsewhere), forSite.toString());
        assertTrue(ids(register.forReport(H1, null)).containsAll(List.of(own, agency, elsewhere)));
        assertNull(shown(H1, agency).orElseThrow().measure().servicePoint());
    }

    private Optional<MeasureProgress> shown(ReportPeriod period, long id) {
        return register.forReport(period, site.id()).stream().filter(shown -> shown.measure().id() == id).findFirst();
    }

    private static List<Long> ids(List<MeasureProgress> shown) {
        return shown.stream().map(measure -> measure.measure().id()).toList();
    }
}
