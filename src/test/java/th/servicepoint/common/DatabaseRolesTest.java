package th.servicepoint.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static th.servicepoint.support.Api.issue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.DatabaseAccounts;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * The application's database role, as someone who got hold of its connection (an injection, a bug in our code, its
 * leaked password) would use it: PostgreSQL itself refuses to rewrite history or change the schema, while the service
 * works as before.
 */
@QuarkusTest
class DatabaseRolesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final List<String> APPEND_ONLY = List.of("audit_entry", "audit_chain", "measure_progress", "report_snapshot",
            "survey_response", "survey_answer");

    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void rolesAreSeparate() {
        assumeTrue(DatabaseAccounts.separate(), "the application connects as the owner of the tables (one account)");
    }

    @Test
    void theServiceConnectsAsItsOwnRoleAndAppendsToTheAuditTrail() throws SQLException {
        try (Connection pooled = dataSource.getConnection()) {
            assertEquals(DatabaseAccounts.applicationName(), queryOne(pooled, "select current_user"));
        }
        Site site = fixtures.site().service("A").create();
        long ticket = issue(site, "A").getLong("id");
        assertEquals("ISSUE", fixtures.auditOf(ticket).get(0).action);
        try (Connection application = DatabaseAccounts.application()) {
            assertEquals("0", queryOne(application,
                    "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)"),
                    "owns nothing");
            assertEquals("false", queryOne(application, "select rolsuper::text from pg_roles where rolname = current_user"));
        }
    }

    @Test
    void theAuditTrailCannotBeEmptiedOrUnprotected() throws SQLException {
        refused("truncate audit_entry");
        refused("alter table audit_entry disable trigger all");
        refused("alter table audit_entry disable trigger audit_entry_no_change");
        refused("drop trigger audit_entry_no_change on audit_entry");
        refused("drop function audit_entry_append_only() cascade");
        refused("drop table audit_entry");
        try (Connection owner = DatabaseAccounts.owner()) {
            assertEquals("O", queryOne(owner, "select tgenabled from pg_trigger where tgname = 'audit_entry_no_change'"),
                    "the trigger is still there and enabled");
        }
    }

    @Test
    void appendOnlyTablesCanBeReadAndAppendedToButNotChanged() throws SQLException {
        for (String table : APPEND_ONLY) {
            refused("update " + table + " set id = id");
            refused("delete from " + table);
            refused("truncate " + table);
            try (Connection application = DatabaseAccounts.application()) {
                assertNotEquals(null, queryOne(application, "select count(*) from " + table), table + " is readable");
            }
        }
    }

    @Test
    void noTableCanBeTruncatedAlteredOrCreatedAndTheMigrationHistoryIsOutOfReach() throws SQLException {
        refused("truncate ticket");
        refused("truncate complaint cascade");
        refused("alter table ticket add column rewritten boolean");
        refused("alter table complaint disable trigger all");
        refused("drop table queue_event");
        refused("create table stash (note text)");
        refused("select * from flyway_schema_history");
        refused("delete from flyway_schema_history");
    }

    private static void refused(String sql) throws SQLException {
        try (Connection application = DatabaseAccounts.application(); Statement statement = application.createStatement()) {
            SQLException refusal = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
            assertEquals(INSUFFICIENT_PRIVILEGE, refusal.getSQLState(), sql + ": " + refusal.getMessage());
        }
    }

    private static String queryOne(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
