package th.servicepoint.report.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Report tables as an Excel workbook (fastexcel: streams the file, no Apache POI), one sheet per table: a bold header
 * row that stays in view, numbers as numbers with thousands separators and the decimals they were given, columns wide
 * enough for their Thai text.
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxExport() {
    }

    /** Writes the workbook to {@code out}, which stays open. Sheet names: at most 31 characters, none of []:*?/\ . */
    public static void write(List<ReportTable> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Service Point", "1.0");
        for (ReportTable table : tables) {
            sheet(workbook.newWorksheet(table.name()), table);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, ReportTable table) {
        for (int column = 0; column < table.headings().size(); column++) {
            sheet.value(0, column, table.headings().get(column));
            sheet.width(column, width(table, column));
        }
        sheet.range(0, 0, 0, table.headings().size() - 1).style().bold().fillColor("EEF2F6").set();
        sheet.freezePane(0, 1);
        for (int row = 0; row < table.rows().size(); row++) {
            List<Object> values = table.rows().get(row);
            for (int column = 0; column < values.size(); column++) {
                cell(sheet, row + 1, column, values.get(column));
            }
        }
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            sheet.value(row, column, number);
            String format = numberFormat(number);
            if (format != null) {
                sheet.style(row, column).format(format).set();
            }
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }

    /** Whole numbers with thousands separators, a BigDecimal with its own decimals; a double in Excel's General. */
    private static String numberFormat(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof BigInteger) {
            return "#,##0";
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.scale() > 0 ? "#,##0." + "0".repeat(decimal.scale()) : "#,##0";
        }
        return null;
    }

    /** In characters: Thai vowels and tone marks above and below a consonant take no width of their own. */
    private static int width(ReportTable table, int column) {
        int widest = shown(table.headings().get(column));
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            widest = Math.max(widest, value == null ? 0 : shown(value.toString()));
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    }

    private static int shown(String text) {
        return (int) text.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
    }
}
