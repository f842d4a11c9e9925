package th.servicepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started the way a small office starts it: no datasource configured anywhere, so it runs
 * its own embedded PostgreSQL, and its data survives a restart.
 */
class EmbeddedDatabaseIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]\\d+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path workDir = Path.of("target", "embedded-db-it").toAbsolutePath();
    private final Path dataDir = workDir.resolve("data-" + System.currentTimeMillis());
    private Process app;
    private int runs;

    @Test
    void packagedJarRunsOnItsEmbeddedDatabaseAndKeepsItsDataAcrossRestarts() throws Exception {
        Files.createDirectories(workDir);
        assertTrue(!Files.exists(dataDir), "fresh data directory");

        int port = start();
        assertEquals("A001", issueDemoTicket(port));
        stop();

        port = start();
        assertEquals("A002", issueDemoTicket(port), "the ticket of the first run survived the restart");
        stop();
    }

    /** Starts the jar on a free port; returns the port once /q/health/ready answers 200. */
    private int start() throws Exception {
        String jar = System.getProperty("runner.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "runner.jar " + jar + " (package first)");
        int port = freePort();
        Path log = workDir.resolve("run-" + (++runs) + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dservicepoint.demo=true",
                "-Dservicepoint.embedded-db.data-dir=" + dataDir, "-jar", Path.of(jar).toAbsolutePath().toString())
                // no .env or config/ of the developer's in the working directory
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.toUpperCase().startsWith("QUARKUS_DATASOURCE"));
        app = builder.start();

        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                fail("the application exited with " + app.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base(port) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return port;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        fail("not ready within " + START_TIMEOUT + ":\n" + tail(log));
        return -1;
    }

    private String issueDemoTicket(int port) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(base(port) + "/api/v1/service-points/pao-hq/tickets")).timeout(Duration.ofSeconds(30))
                .header("X-Device-Key", "demo-kiosk").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"A\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        Matcher number = NUMBER.matcher(response.body());
        assertTrue(number.find(), response.body());
        return number.group(1);
    }

    /** Stops the application as a service manager does (SIGTERM) and waits for it and its database to exit. */
    private void stop() throws Exception {
        app.destroy();
        assertTrue(app.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the application stopped");
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (postmaster().isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertTrue(postmaster().isEmpty(), "the embedded PostgreSQL stopped with the application");
    }

    @AfterEach
    void killLeftovers() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
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

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
