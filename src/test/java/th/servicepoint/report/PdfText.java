package th.servicepoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads PDFs back with poppler-utils, as a person copying their text would. */
public final class PdfText {

    private PdfText() {
    }

    /** The text of a PDF, lines joined, by {@code pdftotext}. */
    public static String of(byte[] pdf) {
        try {
            Path file = Files.createTempFile("servicepoint-test-", ".pdf");
            try {
                Files.write(file, pdf);
                return run("pdftotext", file.toString(), "-").replace("\n", "");
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
            assertEquals(0, process.exitValue(), output);
            return output;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install the Debian package poppler-utils", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
