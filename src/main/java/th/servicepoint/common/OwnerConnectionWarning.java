package th.servicepoint.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says at start when the service connects as the owner of the tables: row-level security does not hold the owner (no
 * FORCE, so the owner's pg_dump and pg_restore work), so such an installation has no wall between its agencies. The
 * service must connect as the separate application role or as a superuser, which takes on servicepoint_scoped
 * (docs/security.md, "Agencies: row-level security"). It still starts: a single agency loses nothing.
 */
@ApplicationScoped
class OwnerConnectionWarning {

    private static final Logger LOG = Logger.getLogger(OwnerConnectionWarning.class);

    /** session_user: the login role, whatever role the scope has the connection take on. */
    private static final String OWNER = "select exists (select 1 from pg_tables t join pg_roles r on r.rolname = "
            + "t.tableowner where t.schemaname = current_schema() and t.tablename = 'agency' and t.tableowner = "
            + "session_user and not r.rolsuper and not r.rolbypassrls)";

    private final DataSource dataSource;

    OwnerConnectionWarning(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void check(@Observes StartupEvent started) {
        AgencyScopes.run(AgencyScope.INSTALLATION, () -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet owner = statement.executeQuery(OWNER)) {
                if (owner.next() && owner.getBoolean(1)) {
                    LOG.warn("The service connects to PostgreSQL as the owner of its tables, which row-level security "
                            + "does not hold: every agency's staff and public addresses could read and write every "
                            + "other agency's rows. Connect as the separate application role (QUARKUS_DATASOURCE_"
                            + "USERNAME, with QUARKUS_FLYWAY_USERNAME the owner) or as a superuser; see docs/security.md,"
                            + " Agencies: row-level security");
                }
            } catch (SQLException e) {
                LOG.warnf("Could not tell whether the service connects as the owner of its tables: %s",
                        e.getMessage());
            }
        });
    }
}
