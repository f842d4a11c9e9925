package th.servicepoint.report.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Thai table written as XLSX and CSV and read back: text intact, numbers still numbers, formulas kept out. */
class ExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"คลิก\")";
    private static final ReportTable SCORES = new ReportTable("คะแนนรายข้อ", List.of("ข้อ", "คะแนน", "จำนวน", "หมายเหตุ"),
            List.of(List.of("E1.1 เจ้าหน้าที่ปฏิบัติตามขั้นตอนที่กำหนด", new BigDecimal("89.10"), 1024, "ผู้ใหญ่ใจดี"),
                    Arrays.asList("E2 ได้รับบริการอย่างเท่าเทียม", 0.5, 12_345L, null),
                    Arrays.asList(FORMULA, Double.NaN, 0, "ร้อยละ ๙๕")));

    @Test
    void xlsxKeepsThaiTextAndNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(List.of(SCORES, new ReportTable("ว่าง", List.of("ไม่มีข้อมูล"), List.of())), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            assertEquals(List.of("คะแนนรายข้อ", "ว่าง"), workbook.getSheets().map(sheet -> sheet.getName()).toList());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(4, rows.size());
            assertEquals("ข้อ", rows.get(0).getCellText(0));
            assertEquals("E1.1 เจ้าหน้าที่ปฏิบัติตามขั้นตอนที่กำหนด", rows.get(1).getCellText(0));

            assertNumber(rows.get(1).getCell(1), "89.10", "#,##0.00");
            assertNumber(rows.get(1).getCell(2), "1024", "#,##0");
            assertNumber(rows.get(2).getCell(1), "0.5", null);
            assertNumber(rows.get(2).getCell(2), "12345", "#,##0");
            assertEquals("ร้อยละ ๙๕", rows.get(3).getCellText(3));

            assertEquals(CellType.STRING, rows.get(3).getCell(0).getType());
            assertEquals(FORMULA, rows.get(3).getCellText(0));
            assertEquals(null, rows.get(3).getCell(0).getFormula());
            assertFalse(rows.get(2).getOptionalCell(3).map(Cell::getType).filter(t -> t != CellType.EMPTY).isPresent());
            assertFalse(rows.get(3).getOptionalCell(1).map(Cell::getType).filter(t -> t != CellType.EMPTY).isPresent(),
                    "NaN is an empty cell");
        }
    }

    @Test
    void xlsxHeaderRowStaysInView(@TempDir Path temp) throws IOException {
        Path xlsx = temp.resolve("scores.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            XlsxExport.write(List.of(SCORES), out);
        }

        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), sheet);
        }
    }

    private static void assertNumber(Cell cell, String value, String format) {
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        assertEquals(0, new BigDecimal(value).compareTo(cell.asNumber()), cell.toString());
        if (format != null) {
            assertEquals(format, cell.getDataFormatString());
        }
    }

    @Test
    void csvOpensInExcelWithThaiIntact() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(SCORES, out);
        byte[] bytes = out.toByteArray();

        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3),
                "byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("ข้อ,คะแนน,จำนวน,หมายเหตุ\r\n"), text);

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertEquals(4, records.size());
        assertEquals(List.of("E1.1 เจ้าหน้าที่ปฏิบัติตามขั้นตอนที่กำหนด", "89.10", "1024", "ผู้ใหญ่ใจดี"),
                records.get(1).toList());
        assertEquals(List.of("E2 ได้รับบริการอย่างเท่าเทียม", "0.5", "12345", ""), records.get(2).toList());
        assertEquals(List.of("'" + FORMULA, "", "0", "ร้อยละ ๙๕"), records.get(3).toList());
    }

    @Test
    void aRowMustFitTheHeadings() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportTable("x", List.of("ก", "ข"), List.of(List.of("หนึ่ง"))));
    }
}
