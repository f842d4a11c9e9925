package th.servicepoint.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The insider with the most power over the database: the role that runs the migrations and owns the tables (Flyway's
 * credentials when they are set apart from the application's, the datasource's otherwise). It can switch a table's
 * triggers off, which is how tests play someone rewriting records behind the application's back.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {
    }

    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("quarkus.flyway.jdbc-url", String.class)
                .orElseGet(() -> config.getValue("quarkus.datasource.jdbc.url", String.class));
        String user = config.getOptionalValue("quarkus.flyway.username", String.class)
                .or(() -> config.getOptionalValue("quarkus.datasource.username", String.class)).orElse("postgres");
        String password = config.getOptionalValue("quarkus.flyway.password", String.class)
                .or(() -> config.getOptionalValue("quarkus.datasource.password", String.class)).orElse("");
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs SQL in one transaction with the user triggers of {@code tables} off, as an owner can. */
    public static void withoutTriggers(List<String> tables, String... statements) throws SQLException {
        try (Connection owner = connect(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            for (String table : tables) {
                sql.execute("alter table " + table + " disable trigger user");
            }
            for (String statement : statements) {
                sql.execute(statement);
            }
            for (String table : tables) {
                sql.execute("alter table " + table + " enable trigger user");
            }
            owner.commit();
        }
    }
}
