package th.servicepoint.support;

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
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app}) run as its own process on a free port, the way an agency runs
 * it, for integration tests. Datasource and Flyway variables of the test's environment are not passed on: each test
 * says which database the application uses.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);
    private static final String SESSION_KEY = "packaged-app-session-key-of-the-tests";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PackagedApp(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * Starts the jar with these system properties and environment variables, in {@code workDir} (so no .env or
     * config/ of the developer's applies); returns once /q/health/ready answers 200 on its management port.
     */
    public static PackagedApp start(Path workDir, String name, Map<String, String> properties, Map<String, String> env)
            throws IOException, InterruptedException {
        return start(workDir, name, freePort(), properties, env);
    }

    /**
     * As above on the given port: an application started again where it ran before, as after a server restart, so the
     * screens that were connected to it find it at the same address.
     */
    public static PackagedApp start(Path workDir, String name, int port, Map<String, String> properties,
            Map<String, String> env) throws IOException, InterruptedException {
        String jar = System.getProperty("runner.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "runner.jar " + jar + " (package first)");
        Files.createDirectories(workDir);
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // short-lived instances: the quick compiler alone starts them in half the time
                "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                // as production sets it; instances started together share it, as a deployment's replicas do
                "-Dquarkus.http.auth.session.encryption-key=" + SESSION_KEY));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(
                key -> key.toUpperCase().startsWith("QUARKUS_DATASOURCE") || key.toUpperCase().startsWith("QUARKUS_FLYWAY"));
        builder.environment().putAll(env);
        PackagedApp app = new PackagedApp(builder.start(), port, managementPort, log);
        app.awaitReady();
        return app;
    }

    public int port() {
        return port;
    }

    /** Sends a request to this instance; {@code path} starts with a slash. */
    public HttpResponse<String> send(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
        return HTTP.send(request.uri(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request to this instance's management interface (health, metrics); {@code path} starts with /q/. */
    public HttpResponse<String> sendManagement(HttpRequest.Builder request, String path)
            throws IOException, InterruptedException {
        return HTTP.send(request.uri(URI.create("http://localhost:" + managementPort + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs JSON and expects {@code status}; returns the body. */
    public String post(String path, String json, int status, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = send(request, path);
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    /** What the application has written to its console so far, line by line. */
    public List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    /** Stops the application as a service manager does (SIGTERM) and waits for it to exit. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the application stopped");
    }

    /**
     * Stops the application gently first, so that its shutdown hook stops an embedded PostgreSQL it started; forcibly
     * if it does not stop in time.
     */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the application exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (sendManagement(HttpRequest.newBuilder(), "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        fail("not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = logLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
