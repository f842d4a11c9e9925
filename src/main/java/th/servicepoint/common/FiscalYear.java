package th.servicepoint.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Thai fiscal year (ปีงบประมาณ), named by the Buddhist-Era year in which it ends: FY 2569 runs 1 Oct 2025 – 30 Sep
 * 2026.
 */
public record FiscalYear(int be) {

    /** CE 2000 – 2100: wide enough for any real report, narrow enough to catch a CE year typed for a BE one. */
    public static final int FIRST = 2543;
    public static final int LAST = 2643;

    public FiscalYear {
        if (be < FIRST || be > LAST) {
            throw ProblemException.invalid("fiscalYear",
                    "ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง " + FIRST + " ถึง " + LAST + " (ได้รับ " + be + ")",
                    "The fiscal year must be a Buddhist-Era year from " + FIRST + " to " + LAST + " (got " + be + ")");
        }
    }

    public static FiscalYear of(int be) {
        return new FiscalYear(be);
    }

    /** The fiscal year a moment falls in, by the Bangkok calendar. */
    public static FiscalYear containing(Instant instant) {
        LocalDate day = instant.atZone(ThaiDates.BANGKOK).toLocalDate();
        int endsInCe = day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
        return new FiscalYear(endsInCe + ThaiDates.BE_OFFSET);
    }

    /** 1 October of the year before. */
    public LocalDate firstDay() {
        return LocalDate.of(be - ThaiDates.BE_OFFSET - 1, 10, 1);
    }

    /** 1 October of the year it ends in: the first day after it. */
    public LocalDate endExclusive() {
        return firstDay().plusYears(1);
    }

    /** 1 April: half 2 starts here. */
    public LocalDate secondHalfStart() {
        return firstDay().plusMonths(6);
    }

    public FiscalYear previous() {
        return new FiscalYear(be - 1);
    }
}
