package th.servicepoint.report.tables;

import java.util.List;

/**
 * One table of a report as a spreadsheet sheet ({@link XlsxExport}) or a CSV file ({@link CsvExport}) takes it: the
 * sheet's name, the column headings and the rows. A value is a number (it stays a number, shown with the decimals a
 * {@link java.math.BigDecimal} was given), text, or null for an empty cell; NaN and infinities become empty cells.
 */
public record ReportTable(String name, List<String> headings, List<List<Object>> rows) {

    public ReportTable {
        headings = List.copyOf(headings);
        for (List<Object> row : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException(
                        name + ": a row of " + row.size() + " values under " + headings.size() + " headings");
            }
        }
        rows = rows.stream().map(row -> row.stream().map(ReportTable::finite).toList()).toList();
    }

    private static Object finite(Object value) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return null;
        }
        return value;
    }
}
