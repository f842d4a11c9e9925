package th.servicepoint.common;

import jakarta.persistence.Tuple;

/**
 * The figures of an aggregating statement's row, read by column name: counts that are never null (the statement
 * coalesces them) and decimals that are null over nothing; and a percent that is null over nothing, not NaN.
 */
public final class TupleFigures {

    private TupleFigures() {
    }

    public static long count(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    public static Double decimal(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }

    public static Double percent(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }
}
