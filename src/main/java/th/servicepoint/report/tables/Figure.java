package th.servicepoint.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One figure of a section's per-service sheet (queue, appointments), named once: a Thai heading (English in
 * parentheses where it helps) for the workbook and a metric name for the open-data CSV, so both show the same figures.
 *
 * @param value the figure as a table cell, rounded for publishing
 * @param n the tickets or appointments behind a figure that is not itself a count; null for a count
 */
record Figure<F>(String heading, String metric, Function<F, Object> value, Function<F, Long> n) {

    /** A count, which is its own n. */
    static <F> Figure<F> of(String heading, String metric, Function<F, Long> count) {
        return new Figure<>(heading, metric, count::apply, figures -> null);
    }

    static <F> List<String> headings(List<String> names, List<Figure<F>> figures) {
        List<String> headings = new ArrayList<>(names);
        figures.forEach(figure -> headings.add(figure.heading()));
        return headings;
    }

    /** The naming cells, then each figure's value. */
    static <F> List<Object> row(List<Object> names, List<Figure<F>> figures, F of) {
        List<Object> row = new ArrayList<>(names);
        figures.forEach(figure -> row.add(figure.value().apply(of)));
        return row;
    }
}
