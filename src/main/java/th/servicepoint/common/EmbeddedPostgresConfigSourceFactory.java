package th.servicepoint.common;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the datasource settings of an embedded PostgreSQL when none are configured, so the service runs on a
 * machine without any database server. This has to be a config source (not a startup bean) because the datasource
 * and Flyway read their URL before any application bean exists. The server starts only when the URL is first read,
 * which keeps the build (which never reads it) from starting one.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String ENABLED = "servicepoint.embedded-db.enabled";
    static final String DATA_DIR = "servicepoint.embedded-db.data-dir";
    static final String PORT = "servicepoint.embedded-db.port";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL)) || "false".equalsIgnoreCase(valueOf(context.getValue(ENABLED), "true"))) {
            return List.of();
        }
        String dataDir = valueOf(context.getValue(DATA_DIR), "data/postgres");
        int port = Integer.parseInt(valueOf(context.getValue(PORT), "0"));
        return List.of(new EmbeddedPostgresConfigSource(dataDir, port));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
