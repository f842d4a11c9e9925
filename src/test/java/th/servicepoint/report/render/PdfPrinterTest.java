package th.servicepoint.report.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.RetryLater;

/**
 * How PdfPrinter treats the Chromium process, with small shell scripts standing in for Chromium: they print the page
 * they are given as a fake PDF, fail, or hang. Real printing is ThaiPdfTest's.
 */
class PdfPrinterTest {

    /** Finds the --print-to-pdf=FILE and the page (the last argument) as Chromium would. */
    private static final String ARGUMENTS = """
            #!/bin/sh
            for a in "$@"; do case "$a" in --print-to-pdf=*) pdf="${a#--print-to-pdf=}";; esac; page="$a"; done
            """;

    @TempDir
    Path temp;
    Path work;
    Path pages;

    @BeforeEach
    void folders() throws IOException {
        work = Files.createDirectory(temp.resolve("work"));
        pages = Files.createDirectory(temp.resolve("pages"));
    }

    @AfterEach
    void everyPrintFolderIsRemoved() throws IOException {
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void printsThePageItIsGiven() throws IOException {
        Path chromium = script("printer", "printf '%%PDF-1.7 ' > \"$pdf\"; cat \"${page#file://}\" >> \"$pdf\"");

        byte[] pdf = printer(chromium, Duration.ofSeconds(20), 1).print("<p>ทดสอบ</p>");

        assertArrayEquals("%PDF-1.7 <p>ทดสอบ</p>".getBytes(StandardCharsets.UTF_8), pdf);
    }

    @Test
    void noChromiumIs503() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> printer(temp.resolve("no-chromium"), Duration.ofSeconds(20), 1).print("<p>x</p>"));

        assertEquals(503, e.status());
        assertEquals("PDF_PRINTER_MISSING", e.code());
        assertTrue(e.messageTh().contains("Chromium"), e.messageTh());
    }

    @Test
    void chromiumFailingIs503() throws IOException {
        Path chromium = script("failing", "echo 'cannot open display' >&2; exit 1");

        ProblemException e = assertThrows(ProblemException.class,
                () -> printer(chromium, Duration.ofSeconds(20), 1).print("<p>x</p>"));

        assertEquals(503, e.status());
        assertEquals("PDF_PRINT_FAILED", e.code());
    }

    @Test
    void chromiumWritingNoPdfIs503() throws IOException {
        Path chromium = script("silent", "echo '<html>' > \"$pdf\"");

        ProblemException e = assertThrows(ProblemException.class,
                () -> printer(chromium, Duration.ofSeconds(20), 1).print("<p>x</p>"));

        assertEquals("PDF_PRINT_FAILED", e.code());
    }

    @Test
    void chromiumHangingIsStoppedAnd503() throws IOException {
        Path chromium = script("hanging", "sleep 120 & wait");

        ProblemException e = assertThrows(ProblemException.class,
                () -> printer(chromium, Duration.ofMillis(500), 1).print("<p>x</p>"));

        assertEquals(503, e.status());
        assertEquals("PDF_PRINT_FAILED", e.code());
    }

    @Test
    void noFreePrinterWithinTheTimeoutIs503WithRetryAfter() throws IOException {
        // no printer at all stands for every printer staying busy: the request waits its time, then gives up
        PdfPrinter printer = printer(script("unused", "printf '%%PDF-1.7' > \"$pdf\""), Duration.ofSeconds(1), 0);

        RetryLater busy = assertThrows(RetryLater.class, () -> printer.print("<p>x</p>"));

        assertEquals(503, busy.status());
        assertEquals("PDF_PRINTER_BUSY", busy.code());
        assertEquals(1, busy.retryAfter());
    }

    @Test
    void noMoreThanMaxConcurrentPrintsRunAtOnce() throws Exception {
        // each print marks itself running, notes how many are, stays a moment and unmarks itself
        Path chromium = script("counting", "mkdir \"" + pages + "/$$\"; ls \"" + pages + "\" | wc -l >> \"" + temp
                + "/running\"; sleep 0.3; rmdir \"" + pages + "/$$\"; printf '%%PDF-1.7' > \"$pdf\"");
        PdfPrinter printer = printer(chromium, Duration.ofSeconds(20), 2);
        ExecutorService requests = Executors.newFixedThreadPool(6);
        try {
            List<Future<byte[]>> pdfs = IntStream.range(0, 6).mapToObj(i -> requests.submit(() -> printer.print("x")))
                    .toList();
            for (Future<byte[]> pdf : pdfs) {
                assertEquals("%PDF-1.7", new String(pdf.get(), StandardCharsets.US_ASCII));
            }
        } finally {
            requests.shutdownNow();
        }

        List<Integer> running = Files.readAllLines(temp.resolve("running")).stream().map(String::strip)
                .map(Integer::valueOf).toList();
        assertEquals(6, running.size());
        assertTrue(running.stream().allMatch(n -> n <= 2), "prints at once: " + running);
    }

    private PdfPrinter printer(Path chromium, Duration timeout, int maxConcurrent) {
        return new PdfPrinter(new Settings(chromium, timeout, maxConcurrent, Optional.of(work)));
    }

    private Path script(String name, String body) throws IOException {
        Path script = temp.resolve(name);
        Files.writeString(script, ARGUMENTS + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private record Settings(Path chromiumPath, Duration timeout, int maxConcurrent, Optional<Path> workDir)
            implements
                PdfSettings {
    }
}
