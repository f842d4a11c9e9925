package th.servicepoint.report.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ReportPeriod;

/**
 * The report period named by query parameters: {@code fiscalYear} with {@code half} 1 or 2, {@code fiscalYear} alone
 * (the 12-month report), or {@code from} and {@code to} (days, both included). Anything else is a 422 that says what
 * to send; JAX-RS would answer an unconvertible number with 404.
 */
final class PeriodParams {

    /** Custom days stay within the fiscal years {@link FiscalYear} accepts. */
    private static final LocalDate FIRST_DAY = FiscalYear.of(FiscalYear.FIRST).firstDay();
    private static final LocalDate LAST_DAY = FiscalYear.of(FiscalYear.LAST).endExclusive().minusDays(1);

    private PeriodParams() {
    }

    static ReportPeriod period(String fiscalYear, String half, String from, String to) {
        boolean days = present(from) || present(to);
        if (present(fiscalYear) && days) {
            throw ProblemException.invalid("from", "ระบุปีงบประมาณ (fiscalYear) หรือช่วงวันที่ (from และ to) อย่างใดอย่างหนึ่ง",
                    "Give either fiscalYear (with half) or from and to, not both");
        }
        if (present(fiscalYear)) {
            FiscalYear year = FiscalYear.of(number("fiscalYear", fiscalYear, "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569",
                    "The fiscal year must be a Buddhist-Era year such as 2569"));
            return present(half)
                    ? ReportPeriod.half(year, number("half", half, "รอบต้องเป็น 1 (ต.ค. – มี.ค.) หรือ 2 (เม.ย. – ก.ย.)",
                            "The half must be 1 (Oct – Mar) or 2 (Apr – Sep)"))
                    : ReportPeriod.year(year);
        }
        if (present(half)) {
            throw ProblemException.invalid("fiscalYear", "ระบุปีงบประมาณ (fiscalYear) ของรอบที่ต้องการ",
                    "Give the fiscal year (fiscalYear) of the half");
        }
        if (!days) {
            throw ProblemException.invalid("fiscalYear",
                    "ระบุปีงบประมาณ (fiscalYear เช่น 2569 และ half 1 หรือ 2) หรือช่วงวันที่ (from และ to เช่น 2026-01-01)",
                    "Give a fiscal year (fiscalYear such as 2569, and half 1 or 2) or days (from and to, such as 2026-01-01)");
        }
        return ReportPeriod.custom(day("from", from), day("to", to));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static int number(String field, String value, String th, String en) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, th, en);
        }
    }

    private static LocalDate day(String field, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "ต้องระบุวันที่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2026-01-01",
                    "Give a date as yyyy-mm-dd, e.g. 2026-01-01");
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw ProblemException.invalid(field, "วันที่ต้องอยู่ระหว่าง " + FIRST_DAY + " ถึง " + LAST_DAY + " (ค.ศ.)",
                    "The date must be from " + FIRST_DAY + " to " + LAST_DAY);
        }
        return day;
    }
}
