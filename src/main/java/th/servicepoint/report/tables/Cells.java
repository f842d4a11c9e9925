package th.servicepoint.report.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import th.servicepoint.common.ThaiDates;

/**
 * The values of report tables as they are published: scores at two decimals (half up, as ITA publishes them), percents
 * and minutes at the decimals given, times as a Thai reader reads them in Bangkok. A figure that is null (nothing to
 * measure) stays null, an empty cell, rather than turning into zero.
 */
public final class Cells {

    private Cells() {
    }

    static BigDecimal score(Double value) {
        return decimal(value, 2);
    }

    static BigDecimal percent(Double value) {
        return decimal(value, 1);
    }

    static BigDecimal minutes(Double value) {
        return decimal(value, 1);
    }

    public static BigDecimal decimal(Double value, int decimals) {
        return value == null || !Double.isFinite(value) ? null
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** 1 ต.ค. 2568 14:05 น., Bangkok time whatever the server's zone. */
    static String time(Instant instant) {
        return instant == null ? null : ThaiDates.thaiTime(instant);
    }

    /** A flag shown as ใช่ and otherwise left empty, so the flagged rows stand out. */
    static String yes(boolean flag) {
        return flag ? "ใช่" : null;
    }

    /** A table row; values may be null. */
    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
