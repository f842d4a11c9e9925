package th.servicepoint.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final FiscalYear FY2569 = FiscalYear.of(2569);

    @Test
    void lastMillisecondOfMarchInBangkokIsHalfOne() {
        Instant instant = Instant.parse("2026-03-31T16:59:59.999Z");
        assertEquals(ReportPeriod.half(FY2569, 1), ReportPeriod.halfContaining(instant));
        assertTrue(ReportPeriod.half(FY2569, 1).contains(instant));
    }

    @Test
    void firstOfAprilMidnightInBangkokIsHalfTwo() {
        Instant instant = Instant.parse("2026-03-31T17:00:00Z");
        assertEquals(ReportPeriod.half(FY2569, 2), ReportPeriod.halfContaining(instant));
        assertFalse(ReportPeriod.half(FY2569, 1).contains(instant));
        assertEquals(instant, ReportPeriod.half(FY2569, 1).end());
    }

    @Test
    void fiscalYearStartsFirstOctoberBangkok() {
        ReportPeriod half1 = ReportPeriod.half(FY2569, 1);
        assertEquals(Instant.parse("2025-09-30T17:00:00Z"), half1.start());
        assertEquals(FiscalYear.of(2569), FiscalYear.containing(Instant.parse("2025-09-30T17:00:00Z")));
        assertEquals(FiscalYear.of(2568), FiscalYear.containing(Instant.parse("2025-09-30T16:59:59.999Z")));
        assertEquals(Instant.parse("2026-09-30T17:00:00Z"), ReportPeriod.year(FY2569).end());
    }

    @Test
    void previousPeriodOfTheSameKind() {
        assertEquals(ReportPeriod.half(FiscalYear.of(2568), 2), ReportPeriod.half(FY2569, 1).previous());
        assertEquals(ReportPeriod.half(FY2569, 1), ReportPeriod.half(FY2569, 2).previous());
        assertEquals(ReportPeriod.year(FiscalYear.of(2568)), ReportPeriod.year(FY2569).previous());
        assertEquals(ReportPeriod.custom(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)),
                ReportPeriod.custom(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 30)).previous());
    }

    @Test
    void labels() {
        ReportPeriod half1 = ReportPeriod.half(FY2569, 1);
        assertEquals("รอบ 6 เดือนแรก ปีงบประมาณ 2569 (1 ต.ค. 2568 – 31 มี.ค. 2569)", half1.labelTh());
        assertEquals("First half of FY 2569 (1 Oct 2025 – 31 Mar 2026)", half1.labelEn());
        assertEquals("รอบ 6 เดือนหลัง ปีงบประมาณ 2569 (1 เม.ย. 2569 – 30 ก.ย. 2569)",
                ReportPeriod.half(FY2569, 2).labelTh());
        assertEquals("FY 2569 (1 Oct 2025 – 30 Sep 2026)", ReportPeriod.year(FY2569).labelEn());
        assertEquals("ช่วงวันที่ 1 ต.ค. 2568 – 31 ต.ค. 2568",
                ReportPeriod.custom(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)).labelTh());
    }

    @Test
    void refusesBadInputsInThaiAndEnglish() {
        ProblemException year = assertThrows(ProblemException.class, () -> FiscalYear.of(2026));
        assertEquals(422, year.status());
        assertTrue(year.messageTh().contains("พ.ศ."));
        assertThrows(ProblemException.class, () -> ReportPeriod.half(FY2569, 3));
        ProblemException range = assertThrows(ProblemException.class,
                () -> ReportPeriod.custom(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 1)));
        assertEquals("to", range.fieldProblems().get(0).field());
    }
}
