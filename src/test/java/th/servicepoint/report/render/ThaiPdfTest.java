package th.servicepoint.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.report.PdfText;
import th.servicepoint.support.Api;

/**
 * The Thai sample page printed by the real Chromium, read back with poppler-utils as a person's PDF reader would: the
 * bundled Sarabun is the only font and is embedded, every word comes out as text, and lines break between words. The
 * PDF is kept in target/print-check.pdf to look at (pdftoppm -r 100 -png target/print-check.pdf page).
 */
@QuarkusTest
class ThaiPdfTest {

    /**
     * Words with stacked vowels and tone marks. A {@code |} marks where a compound is made of dictionary words, the
     * only place inside it where a line may break (ICU, like Thai word processors, breaks ที่นั่ง as ที่|นั่ง).
     */
    private static final List<String> WORDS = List.of("ผู้|ใหญ่", "ที่|นั่ง", "ปฏิบัติ", "ประสิทธิภาพ", "ความ|พึง|พอใจ",
            "เจ้า|หน้าที่", "ญี่ปุ่น", "กิ่ง|ไม้", "น้ำ|ใจ", "ฐาน|ข้อมูล", "ปรับปรุง", "ร้อย|ละ", "๙๕",
            "เจ้าหน้าที่ปฏิบัติตามขั้นตอนที่กำหนด");
    /** Following vowels, above and below vowels and tone marks: a line never starts with one. */
    private static final Pattern STARTS_WITH_MARK = Pattern.compile("^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]");

    private static Path pdf;

    /** Once for all tests; in @BeforeAll the application would not be listening yet. */
    @BeforeEach
    void print() throws IOException {
        if (pdf != null) {
            return;
        }
        byte[] bytes = Api.admin().get("/api/v1/admin/print-check").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        pdf = Files.write(Path.of("target", "print-check.pdf"), bytes);
    }

    @Test
    void theHtmlCarriesItsFontsAndRunsNoScript() {
        String html = Api.admin().get("/api/v1/admin/print-check/html").then().statusCode(200).extract().asString();

        assertTrue(html.contains("src: url(data:font/woff2;base64,"), "Sarabun inline");
        assertTrue(html.contains("content=\"default-src 'none';"), "no script, no fetching");
        Api.as("exec", "exec").get("/api/v1/admin/print-check").then().statusCode(403);
    }

    @Test
    void anA4PageNumberedInTheFooter() {
        assertTrue(PdfText.run("pdfinfo", pdf.toString()).contains("(A4)"));
        assertTrue(PdfText.run("pdftotext", pdf.toString(), "-").contains("หน้า 1 / 1"));
    }

    @Test
    void theBundledSarabunIsTheOnlyFontAndIsEmbedded() {
        List<String> fonts = PdfText.run("pdffonts", pdf.toString()).lines().skip(2).toList();

        assertFalse(fonts.isEmpty());
        for (String font : fonts) {
            String[] columns = font.split("\\s+");
            assertTrue(columns[0].matches("[A-Z]{6}\\+Sarabun-(Regular|Bold)"), font);
            assertEquals("yes", columns[columns.length - 5], "embedded: " + font);
        }
        assertTrue(fonts.stream().anyMatch(font -> font.contains("Sarabun-Bold")), "headings in bold");
    }

    @Test
    void everyWordComesOutAsText() {
        // Thai puts no space between words, so the lines of a paragraph join without one
        String text = PdfText.run("pdftotext", pdf.toString(), "-").replace("\n", "");

        for (String word : WORDS) {
            assertTrue(text.contains(word.replace("|", "")), word);
        }
    }

    @Test
    void linesBreakBetweenWords() {
        List<String> lines = PdfText.run("pdftotext", "-layout", pdf.toString(), "-").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();

        for (String line : lines) {
            assertFalse(STARTS_WITH_MARK.matcher(line).find(), "a line starts with a mark: " + line);
        }
        for (int i = 1; i < lines.size(); i++) {
            for (String word : WORDS) {
                assertNotBrokenInside(word, lines.get(i - 1), lines.get(i));
            }
        }
    }

    private static void assertNotBrokenInside(String word, String line, String next) {
        String plain = word.replace("|", "");
        List<Integer> allowed = boundaries(word);
        for (int at = 1; at < plain.length(); at++) {
            if (line.endsWith(plain.substring(0, at)) && next.startsWith(plain.substring(at))) {
                assertTrue(allowed.contains(at), word + " broken after " + plain.substring(0, at));
            }
        }
    }

    /** Where the {@code |} of a word stand once they are taken out. */
    private static List<Integer> boundaries(String word) {
        List<Integer> at = new ArrayList<>();
        for (int i = word.indexOf('|'); i >= 0; i = word.indexOf('|', i + 1)) {
            at.add(i - at.size());
        }
        return at;
    }
}
