package th.servicepoint.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The datasource and Flyway settings of the embedded PostgreSQL, started on first read of the URL and stopped when the
 * JVM exits. Flyway migrates as the superuser {@value #OWNER}, which owns the tables; the application connects as
 * {@value #APP_ROLE}, which gets only the privileges {@code db/migration/afterMigrate.sql} grants it.
 * <p>
 * One server per data directory for the whole JVM: a Quarkus restart (dev-mode live reload, a test profile) loads this
 * class again in a new class loader, where a static field would be empty and a second server would be started on the
 * same directory. So the port of the running server is kept where every class loader sees it, in a system property.
 */
class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String APP_ROLE = "servicepoint_app";
    static final String OWNER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class);
    private static final String USER = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";
    private static final String FLYWAY_USER = "quarkus.flyway.username";
    private static final String FLYWAY_PASSWORD = "quarkus.flyway.password";
    // the server trusts connections from this machine (zonky's initdb -A trust): a password is sent, never checked
    private static final String UNCHECKED_PASSWORD = "embedded";

    private final Path dataDir;
    private final int port;

    EmbeddedPostgresConfigSource(String dataDir, int port) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.port = port;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EmbeddedPostgresConfigSourceFactory.URL, USER, PASSWORD, FLYWAY_USER, FLYWAY_PASSWORD);
    }

    @Override
    public String getValue(String name) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            // the build reads config too and would bake these values into the application as defaults
            return null;
        }
        return switch (name) {
            case EmbeddedPostgresConfigSourceFactory.URL -> "jdbc:postgresql://localhost:" + runningPort() + "/postgres";
            case USER -> APP_ROLE;
            case FLYWAY_USER -> OWNER;
            case PASSWORD, FLYWAY_PASSWORD -> UNCHECKED_PASSWORD;
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "embedded-postgresql";
    }

    @Override
    public int getOrdinal() {
        // below application.properties (250): an explicit setting anywhere always wins
        return 50;
    }

    /** The port of this JVM's server on {@link #dataDir}, started if there is none yet. */
    private int runningPort() {
        String key = "th.servicepoint.embedded-postgres:" + dataDir;
        // the JVM's one Properties object: a lock every class loader shares
        Properties jvm = System.getProperties();
        synchronized (jvm) {
            String running = jvm.getProperty(key);
            if (running == null) {
                running = String.valueOf(start().getPort());
                jvm.setProperty(key, running);
            }
            return Integer.parseInt(running);
        }
    }

    private EmbeddedPostgres start() {
        try {
            Files.createDirectories(dataDir);
            LOG.infof("No datasource configured: starting embedded PostgreSQL with data in %s", dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // its own shutdown hook stops the server when the JVM exits, whichever class loader started it
                    .setRegisterShutdownHook(true);
            durable(builder);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            createAppRole(server);
            LOG.infof("Embedded PostgreSQL listens on port %d", server.getPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * zonky starts the server for throwaway test databases: fsync off (its -F flag) and commits acknowledged before
     * they are on disk. An office keeps its data here, so a power cut must lose no committed ticket or answer.
     */
    private static void durable(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /**
     * The application's login role, without any privilege yet (Flyway's afterMigrate grants them), and no right to
     * create objects in the public schema (PostgreSQL 14 grants that to everyone).
     */
    private static void createAppRole(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE
                    + "') then create role " + APP_ROLE + " login; end if; end $$");
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application's role in the embedded PostgreSQL", e);
        }
    }
}
