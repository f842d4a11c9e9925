package th.servicepoint.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import th.servicepoint.support.DemoSite;
import th.servicepoint.support.PackagedApp;
import th.servicepoint.support.StandalonePostgres;

/**
 * deploy/backup/backup.sh and restore.sh as an agency uses them, on a PostgreSQL server of its own set up as
 * deploy/README.md says (an owner role that migrates, the application's role that owns nothing): a day's work is
 * dumped from one database and restored into a new one, and the application started on the copy carries on where the
 * original stopped (logging JSON lines, as the Kubernetes ConfigMap has it).
 */
class BackupRestoreIT {

    private static final String SOURCE = "sp_backup_source";
    private static final String RESTORED = "sp_backup_restored";
    private static final String OWNER = "servicepoint";
    private static final String APPLICATION = "servicepoint_app";

    private final Path workDir = Path.of("target", "backup-restore-it").toAbsolutePath();
    private StandalonePostgres server;
    private PackagedApp app;

    @Test
    void aRestoredBackupHoldsEveryRowAndTheServiceCarriesOn() throws Exception {
        server = StandalonePostgres.start(workDir.resolve("data-" + System.currentTimeMillis()));
        createRoles();
        recreate(SOURCE);
        recreate(RESTORED);
        app = start(SOURCE, "source", Map.of());
        String trackingToken = DemoSite.issue(app, "A").getString("trackingToken");
        for (int i = 0; i < 2; i++) {
            DemoSite.issue(app, "A");
        }
        long counter = DemoSite.counterOne(app);
        DemoSite.clerk(app, "/api/v1/counters/" + counter + "/sign-in");
        DemoSite.clerk(app, "/api/v1/counters/" + counter + "/open");
        long called = new JsonPath(DemoSite.clerk(app, "/api/v1/counters/" + counter + "/call-next")).getLong("id");
        DemoSite.clerk(app, "/api/v1/tickets/" + called + "/start");
        DemoSite.clerk(app, "/api/v1/tickets/" + called + "/complete");
        // the survey link reaches the citizen only, on the ticket's page
        String surveyToken = DemoSite.surveyToken(DemoSite.publicStatus(app, trackingToken).getString("surveyUrl"));
        DemoSite.answerSurvey(app, surveyToken, "ก่อนสำรองข้อมูล");
        app.stop();

        Path dump = Path.of(run(List.of("deploy/backup/backup.sh", SOURCE, workDir.resolve("backups").toString())));
        assertTrue(Files.size(dump) > 0, "backup file " + dump);
        run(List.of("deploy/backup/restore.sh", dump.toString(), RESTORED));
        assertEquals(rowCounts(SOURCE), rowCounts(RESTORED));

        app = start(RESTORED, "restored", Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"));
        assertLogsAreJson(app);
        assertEquals("A004", DemoSite.issue(app, "A").getString("number"), "numbering carries on after the restore");
        assertEquals(409, app.send(HttpRequest.newBuilder(), "/api/v1/surveys/" + surveyToken).statusCode(),
                "the answered survey stays answered");
        String refused = run(List.of("deploy/backup/restore.sh", dump.toString(), RESTORED), 1);
        assertTrue(refused.contains("new, empty database"), refused);
    }

    /** The two database accounts of deploy/README.md, "Before any of them: the database". */
    private PackagedApp start(String database, String name, Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbc(database), "QUARKUS_DATASOURCE_USERNAME", APPLICATION,
                "QUARKUS_DATASOURCE_PASSWORD", "application-password", "QUARKUS_FLYWAY_USERNAME", OWNER,
                "QUARKUS_FLYWAY_PASSWORD", "owner-password"));
        return PackagedApp.start(workDir, name, Map.of("servicepoint.demo", "true"), all);
    }

    private void createRoles() throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create role " + OWNER + " login password 'owner-password'");
            statement.execute("create role " + APPLICATION + " login password 'application-password'");
        }
    }

    /** The JSON logs option (deploy/README.md, "Logs"): every line one object a log collector can read. */
    private static void assertLogsAreJson(PackagedApp app) throws IOException {
        List<String> lines = app.logLines();
        assertFalse(lines.isEmpty(), "the application logged its start");
        for (String line : lines) {
            JsonPath entry = new JsonPath(line);
            assertTrue(entry.getString("level") != null && entry.getString("message") != null, line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("\"loggerName\":\"io.quarkus\"")), "the start line");
    }

    private Map<String, Long> rowCounts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        assertTrue(counts.getOrDefault("ticket", 0L) >= 3, "tickets in " + database + ": " + counts);
        return counts;
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        return run(command, 0).strip();
    }

    /** Runs a script of deploy/ with libpq's variables pointing at the test's server, as the owner role. */
    private String run(List<String> command, int expectedExit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(server.port()), "PGUSER",
                OWNER, "PGPASSWORD", "owner-password"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(expectedExit, process.exitValue(), output);
        return output;
    }

    /** A new database as deploy/README.md has the agency make it: the owner role owns it and its public schema. */
    private void recreate(String database) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database + " owner " + OWNER);
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("revoke create on schema public from public");
            statement.execute("alter schema public owner to " + OWNER);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbc(database), "postgres", "postgres");
    }

    private String jdbc(String database) {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
