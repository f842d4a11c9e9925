package th.servicepoint.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, from {@code firstDay} up to but not including {@code endExclusive}, by the Bangkok
 * calendar. {@code fiscalYear} is null for a custom range.
 */
public record ReportPeriod(Kind kind, FiscalYear fiscalYear, LocalDate firstDay, LocalDate endExclusive) {

    public enum Kind {
        /** October – March (รอบ 6 เดือนแรก). */
        HALF_1,
        /** April – September (รอบ 6 เดือนหลัง). */
        HALF_2,
        /** The whole fiscal year (รอบ 12 เดือน). */
        YEAR,
        /** Any range of whole days. */
        CUSTOM
    }

    /** Half 1 (October – March) or half 2 (April – September) of a fiscal year. */
    public static ReportPeriod half(FiscalYear year, int half) {
        return switch (half) {
            case 1 -> new ReportPeriod(Kind.HALF_1, year, year.firstDay(), year.secondHalfStart());
            case 2 -> new ReportPeriod(Kind.HALF_2, year, year.secondHalfStart(), year.endExclusive());
            default -> throw ProblemException.invalid("half", "รอบต้องเป็น 1 (ต.ค. – มี.ค.) หรือ 2 (เม.ย. – ก.ย.)",
                    "The half must be 1 (Oct – Mar) or 2 (Apr – Sep)");
        };
    }

    public static ReportPeriod year(FiscalYear year) {
        return new ReportPeriod(Kind.YEAR, year, year.firstDay(), year.endExclusive());
    }

    /** The days from {@code firstDay} to {@code lastDay}, both included, as a person names a range. */
    public static ReportPeriod custom(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw ProblemException.invalid("to", "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น",
                    "The last day must not be before the first day");
        }
        return new ReportPeriod(Kind.CUSTOM, null, firstDay, lastDay.plusDays(1));
    }

    /** The half of the fiscal year a moment falls in, by the Bangkok calendar. */
    public static ReportPeriod halfContaining(Instant instant) {
        FiscalYear year = FiscalYear.containing(instant);
        LocalDate day = instant.atZone(ThaiDates.BANGKOK).toLocalDate();
        return half(year, day.isBefore(year.secondHalfStart()) ? 1 : 2);
    }

    /** Bangkok midnight at the start of the first day. */
    public Instant start() {
        return firstDay.atStartOfDay(ThaiDates.BANGKOK).toInstant();
    }

    /** Bangkok midnight after the last day; answers at this instant belong to the next period. */
    public Instant end() {
        return endExclusive.atStartOfDay(ThaiDates.BANGKOK).toInstant();
    }

    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /**
     * The period of the same kind just before, the one a report compares with: half 1 follows half 2 of the previous
     * fiscal year; a custom range is compared with the equally long range that ends where it starts.
     */
    public ReportPeriod previous() {
        return switch (kind) {
            case HALF_1 -> half(fiscalYear.previous(), 2);
            case HALF_2 -> half(fiscalYear, 1);
            case YEAR -> year(fiscalYear.previous());
            case CUSTOM -> custom(firstDay.minusDays(ChronoUnit.DAYS.between(firstDay, endExclusive)),
                    firstDay.minusDays(1));
        };
    }

    /** รอบ 6 เดือนแรก ปีงบประมาณ 2569 (1 ต.ค. 2568 – 31 มี.ค. 2569) */
    public String labelTh() {
        String days = ThaiDates.thai(firstDay) + " – " + ThaiDates.thai(lastDay());
        return switch (kind) {
            case HALF_1 -> "รอบ 6 เดือนแรก ปีงบประมาณ " + fiscalYear.be() + " (" + days + ")";
            case HALF_2 -> "รอบ 6 เดือนหลัง ปีงบประมาณ " + fiscalYear.be() + " (" + days + ")";
            case YEAR -> "รอบ 12 เดือน ปีงบประมาณ " + fiscalYear.be() + " (" + days + ")";
            case CUSTOM -> "ช่วงวันที่ " + days;
        };
    }

    /** First half of FY 2569 (1 Oct 2025 – 31 Mar 2026) */
    public String labelEn() {
        String days = ThaiDates.english(firstDay) + " – " + ThaiDates.english(lastDay());
        return switch (kind) {
            case HALF_1 -> "First half of FY " + fiscalYear.be() + " (" + days + ")";
            case HALF_2 -> "Second half of FY " + fiscalYear.be() + " (" + days + ")";
            case YEAR -> "FY " + fiscalYear.be() + " (" + days + ")";
            case CUSTOM -> days;
        };
    }
}
