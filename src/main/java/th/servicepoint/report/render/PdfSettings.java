package th.servicepoint.report.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@link PdfPrinter} runs headless Chromium; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.report.pdf")
public interface PdfSettings {

    /** The Chromium (or Chrome) executable; Debian's package {@code chromium} installs {@code /usr/bin/chromium}. */
    @WithDefault("/usr/bin/chromium")
    Path chromiumPath();

    /** The longest one print may take, and the longest a request waits for a free printer; then 503. */
    @WithDefault("PT30S")
    Duration timeout();

    /** Prints running at once, each one Chromium process of a few hundred MB; more wait for a free one. */
    @WithDefault("2")
    int maxConcurrent();

    /** Where each print's temporary folder (page, Chromium profile, PDF) is made; unset: the system temp folder. */
    Optional<Path> workDir();
}
