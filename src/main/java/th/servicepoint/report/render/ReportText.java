package th.servicepoint.report.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.report.tables.Cells;

/**
 * Figures and times as the printed report shows them, for templates/report/executive.html ({@code rpt:two(score)}):
 * scores with two decimals as ITA publishes them, counts with thousands separators, times in Bangkok with the
 * Buddhist-Era year, and a dash where there is no figure.
 */
@TemplateExtension(namespace = "rpt")
public final class ReportText {

    static final String NONE = "–";

    private ReportText() {
    }

    /** What a table shows where there is no figure. */
    static String none() {
        return NONE;
    }

    /** 89.10 */
    static String two(Object number) {
        return decimals(number, 2);
    }

    /** 12.5 */
    static String one(Object number) {
        return decimals(number, 1);
    }

    /** 1,024 */
    static String count(Object number) {
        return number instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : NONE;
    }

    /** 1 ต.ค. 2568 */
    static String date(LocalDate date) {
        return date == null ? NONE : ThaiDates.thai(date);
    }

    /** 1 ต.ค. 2568 09:05 น. */
    static String time(Instant at) {
        return at == null ? NONE : ThaiDates.thaiTime(at);
    }

    private static String decimals(Object number, int places) {
        if (!(number instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return NONE;
        }
        // rounded as the spreadsheets round, so a figure reads the same in every format
        return String.format(Locale.ROOT, "%,." + places + "f", Cells.decimal(n.doubleValue(), places));
    }
}
