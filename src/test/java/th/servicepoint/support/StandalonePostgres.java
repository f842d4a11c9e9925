package th.servicepoint.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server that no application instance owns, as in production: started by the test on a fixed port and
 * data directory, so it can be stopped and started again where the instances expect it.
 */
public final class StandalonePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private StandalonePostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A fresh server on a free port with its data in {@code dataDir}. */
    public static StandalonePostgres start(Path dataDir) throws IOException {
        StandalonePostgres postgres = new StandalonePostgres(dataDir, PackagedApp.freePort());
        postgres.start();
        return postgres;
    }

    /** Starts the server again on the same port and data, as after a restart of the database machine. */
    public void start() throws IOException {
        server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                .start();
    }

    /** Stops the server (fast shutdown: open connections are ended). */
    public void stop() throws IOException {
        server.close();
        server = null;
    }

    public int port() {
        return port;
    }

    /** The environment that points an application instance at this server. */
    public Map<String, String> environment() {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
