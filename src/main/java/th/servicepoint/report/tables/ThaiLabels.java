package th.servicepoint.report.tables;

import th.servicepoint.common.ThaiLabelled;

/**
 * The Thai words for the report's codes in tables, with the code itself in parentheses so a reader can match a sheet
 * with the JSON and the open-data CSV.
 */
final class ThaiLabels {

    private ThaiLabels() {
    }

    static <T extends Enum<T> & ThaiLabelled> String of(T code) {
        return code.labelTh() + " (" + code.name() + ")";
    }
}
