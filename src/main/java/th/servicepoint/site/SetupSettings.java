package th.servicepoint.site;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import th.servicepoint.security.PasswordPolicy;

/** What the service sets up by itself at start; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint")
public interface SetupSettings {

    /** Load the demo service point, users and device keys (README lists them) when the database has none. */
    boolean demo();

    /** The first administrator, created at start when no active administrator exists. */
    @WithName("admin")
    Admin admin();

    /**
     * The embedded PostgreSQL used when {@code quarkus.datasource.jdbc.url} is not set. Its config source reads these
     * keys raw, since it runs before mappings exist; they are declared here to document and validate them.
     */
    EmbeddedDb embeddedDb();

    interface EmbeddedDb {
        /** Set to false to refuse to start without an external database. */
        boolean enabled();

        /** Where the embedded server keeps its data; survives restarts. */
        Path dataDir();

        /** The port it listens on; 0 picks a free one at each start. */
        int port();
    }

    interface Admin {
        String username();

        /**
         * No default: without it no administrator is created (outside the demo). Held to the rule of every other
         * password; the service refuses to start with one that breaks it.
         */
        Optional<@PasswordPolicy String> password();
    }
}
