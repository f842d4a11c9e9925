package th.servicepoint.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.RetryLater;

/**
 * Prints a complete HTML document to PDF with headless Chromium, which shapes Thai (marks stacked and placed, lines
 * broken between words) and writes text that can be searched and copied; Java PDF libraries place no Thai marks.
 * Each print runs in its own temporary folder, removed afterwards, under a time limit and a limit of prints at once.
 * The document must not need the network: fonts and images inline ({@link PrintStyle} inlines the fonts).
 */
@ApplicationScoped
public class PdfPrinter {

    private static final Logger LOG = Logger.getLogger(PdfPrinter.class);
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PdfSettings settings;
    private final Semaphore printers;

    public PdfPrinter(PdfSettings settings) {
        this.settings = settings;
        this.printers = new Semaphore(settings.maxConcurrent(), true);
    }

    /**
     * The PDF of {@code html}, a whole UTF-8 document.
     *
     * @throws ProblemException 503 when Chromium is missing, fails, runs out of time or every printer stays busy
     */
    public byte[] print(String html) {
        if (!Files.isExecutable(settings.chromiumPath())) {
            LOG.errorf("No Chromium at %s: install the Debian package chromium or set servicepoint.report.pdf.chromium-path",
                    settings.chromiumPath());
            throw unavailable("PDF_PRINTER_MISSING", "เครื่องแม่ข่ายยังไม่ได้ติดตั้งโปรแกรมสำหรับสร้าง PDF (Chromium)",
                    "The server has no PDF printer (Chromium) installed");
        }
        waitForPrinter();
        try {
            return printInWorkFolder(html);
        } finally {
            printers.release();
        }
    }

    private void waitForPrinter() {
        try {
            if (printers.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a printer frees up within one print's time at the latest
        throw new RetryLater(503, Math.max(1, settings.timeout().toSeconds()), "PDF_PRINTER_BUSY",
                "เครื่องแม่ข่ายกำลังสร้าง PDF อื่นอยู่ กรุณาลองใหม่ในอีกสักครู่",
                "The server is busy printing other PDFs; try again in a moment");
    }

    private byte[] printInWorkFolder(String html) {
        Path folder = createWorkFolder();
        try {
            return printIn(folder, html);
        } finally {
            delete(folder);
        }
    }

    private byte[] printIn(Path folder, String html) {
        Path page = folder.resolve("page.html");
        Path pdf = folder.resolve("page.pdf");
        Path log = folder.resolve("chromium.log");
        Process chromium;
        try {
            Files.writeString(page, html);
            ProcessBuilder builder = new ProcessBuilder(command(folder, page, pdf)).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // a profile, caches and crash reports of its own, inside the folder that is removed afterwards
            builder.environment().put("HOME", folder.toString());
            chromium = builder.start();
        } catch (IOException e) {
            LOG.error("Could not start Chromium", e);
            throw failed();
        }
        awaitExit(chromium, log);
        if (chromium.exitValue() != 0 || !isPdf(pdf)) {
            LOG.errorf("Chromium exited with %d and no PDF: %s", chromium.exitValue(), tail(log));
            throw failed();
        }
        return readAll(pdf);
    }

    private List<String> command(Path folder, Path page, Path pdf) {
        return List.of(settings.chromiumPath().toString(),
                "--headless",
                // the sandbox needs unprivileged user namespaces, which containers and root often lack; the page is
                // our own escaped HTML, without scripts (see print/page.html) and without network
                "--no-sandbox",
                "--disable-gpu",
                // containers often have a 64 MB /dev/shm, too small for Chromium
                "--disable-dev-shm-usage",
                "--no-first-run",
                // no name resolution: a page that would fetch anything fails at once instead of waiting
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + folder.resolve("profile"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                page.toUri().toString());
    }

    private void awaitExit(Process chromium, Path log) {
        try {
            if (chromium.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            LOG.errorf("Chromium did not print within %s: %s", settings.timeout(), tail(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop(chromium);
        throw failed();
    }

    /** Ends Chromium and the processes it started (renderer, zygote, crash handler), so its folder can go. */
    private static void stop(Process chromium) {
        List<ProcessHandle> children = chromium.descendants().toList();
        chromium.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            chromium.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Chromium did not end after being killed", e);
        }
    }

    private Path createWorkFolder() {
        try {
            Path parent = settings.workDir().orElse(Path.of(System.getProperty("java.io.tmpdir")));
            return Files.createTempDirectory(Files.createDirectories(parent), "servicepoint-pdf-");
        } catch (IOException e) {
            LOG.error("Could not create a folder to print in", e);
            throw failed();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(PdfPrinter::deleteOne);
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf(e, "Could not remove the print folder %s", folder);
        }
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPdf(Path pdf) {
        try (InputStream in = Files.newInputStream(pdf)) {
            return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readAll(Path pdf) {
        try {
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            LOG.error("Could not read the printed PDF", e);
            throw failed();
        }
    }

    /** The last lines Chromium wrote, for the log; its output is mostly noise about D-Bus. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static ProblemException failed() {
        return unavailable("PDF_PRINT_FAILED", "สร้างไฟล์ PDF ไม่สำเร็จ", "The PDF could not be printed");
    }

    private static ProblemException unavailable(String code, String messageTh, String messageEn) {
        return new ProblemException(503, code,
                messageTh + " กรุณาลองใหม่ภายหลัง หากยังไม่ได้ กรุณาแจ้งผู้ดูแลระบบ",
                messageEn + "; try again later, and tell the administrator if it persists");
    }
}
