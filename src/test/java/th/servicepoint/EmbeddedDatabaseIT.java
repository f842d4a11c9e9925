package th.servicepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.servicepoint.support.PackagedApp;

/**
 * The packaged application, started the way a small office starts it: no datasource configured anywhere, so it runs
 * its own embedded PostgreSQL, and its data survives a restart.
 */
class EmbeddedDatabaseIT {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]\\d+)\"");

    private final Path workDir = Path.of("target", "embedded-db-it").toAbsolutePath();
    private final Path dataDir = workDir.resolve("data-" + System.currentTimeMillis());
    private PackagedApp app;
    private int runs;

    @Test
    void packagedJarRunsOnItsEmbeddedDatabaseAndKeepsItsDataAcrossRestarts() throws Exception {
        assertTrue(!Files.exists(dataDir), "fresh data directory");

        start();
        assertEquals("A001", issueDemoTicket());
        stop();

        start();
        assertEquals("A002", issueDemoTicket(), "the ticket of the first run survived the restart");
        stop();
    }

    private void start() throws Exception {
        app = PackagedApp.start(workDir, "run-" + (++runs),
                Map.of("servicepoint.demo", "true", "servicepoint.embedded-db.data-dir", dataDir.toString()), Map.of());
    }

    private String issueDemoTicket() throws Exception {
        String body = app.post("/api/v1/service-points/pao-hq/tickets", "{\"service\":\"A\"}", 201, "X-Device-Key",
                "demo-kiosk");
        Matcher number = NUMBER.matcher(body);
        assertTrue(number.find(), body);
        return number.group(1);
    }

    /** Stops the application and waits for its embedded database to exit with it. */
    private void stop() throws Exception {
        app.stop();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (postmaster().isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertTrue(postmaster().isEmpty(), "the embedded PostgreSQL stopped with the application");
    }

    @AfterEach
    void killLeftovers() throws Exception {
        if (app != null) {
            app.close();
        }
        // the PostgreSQL server our application started in our data directory, if it outlived the application
        Optional<ProcessHandle> postgres = postmaster();
        if (postgres.isPresent()) {
            postgres.get().destroy();
            postgres.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** The live server process named in the data directory's postmaster.pid. */
    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
    }
}
