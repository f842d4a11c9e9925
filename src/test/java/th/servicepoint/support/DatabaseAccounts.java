package th.servicepoint.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Connections as the two database accounts of the running service: the owner of the tables, which Flyway migrates
 * as ({@code quarkus.flyway.username}), and the application's role ({@code quarkus.datasource.username}). With one
 * account configured for both they are the same.
 */
public final class DatabaseAccounts {

    private DatabaseAccounts() {
    }

    public static Connection owner() throws SQLException {
        return DriverManager.getConnection(url(), ownerName(),
                setting("quarkus.flyway.password", "quarkus.datasource.password"));
    }

    public static Connection application() throws SQLException {
        return DriverManager.getConnection(url(), applicationName(), setting("quarkus.datasource.password", null));
    }

    /**
     * Runs SQL as the owner in one transaction with the user triggers of {@code tables} off, as someone with the
     * owner's password could: how tests play an insider rewriting records behind the application's back.
     */
    public static void withoutTriggers(List<String> tables, String... statements) throws SQLException {
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
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

    public static String ownerName() {
        return setting("quarkus.flyway.username", "quarkus.datasource.username");
    }

    public static String applicationName() {
        return setting("quarkus.datasource.username", null);
    }

    /** Whether the application connects with a role of its own, not as the owner of the tables. */
    public static boolean separate() {
        return !ownerName().equals(applicationName());
    }

    private static String url() {
        return setting("quarkus.flyway.jdbc-url", "quarkus.datasource.jdbc.url");
    }

    private static String setting(String name, String fallback) {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(name, String.class)
                .orElseGet(() -> fallback == null ? null : config.getOptionalValue(fallback, String.class).orElse(null));
    }
}
