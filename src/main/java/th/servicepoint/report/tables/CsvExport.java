package th.servicepoint.report.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report table as CSV (Apache Commons CSV) that Excel opens with its Thai intact: UTF-8 with a byte order mark
 * (without one, Excel reads the file in the Windows code page), comma-separated, CRLF, numbers with a decimal point
 * and the decimals they were given. Text that Excel would take for a formula gets a leading apostrophe, so a comment
 * like {@code =HYPERLINK(…)} stays text.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvExport() {
    }

    /** Writes the table to {@code out}, which stays open. */
    public static void write(ReportTable table, OutputStream out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(table.headings().stream().map(CsvExport::text));
        for (List<Object> row : table.rows()) {
            csv.printRecord(row.stream().map(CsvExport::field));
        }
        csv.flush();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return value instanceof Number ? value.toString() : text(value.toString());
    }

    private static String text(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
