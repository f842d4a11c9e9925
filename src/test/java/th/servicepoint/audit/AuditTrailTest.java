package th.servicepoint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.issue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.DatabaseAccounts;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * The audit trail and its hash chain are append-only in the database itself, whatever code or person connects to it
 * as the application does.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void auditRowsCannotBeUpdatedOrDeleted() throws SQLException {
        Site site = fixtures.site().service("A").create();
        long ticket = issue(site, "A").getLong("id");
        AuditEntry issued = fixtures.auditOf(ticket).get(0);
        assertEquals("ISSUE", issued.action);

        SQLException update = assertThrows(SQLException.class,
                () -> execute("update audit_entry set actor = 'someone else' where id = ?", issued.id));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class,
                () -> execute("delete from audit_entry where id = ?", issued.id));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        for (String table : new String[] { "audit_entry", "audit_chain" }) {
            SQLException truncate = assertThrows(SQLException.class,
                    () -> execute("truncate " + table + " cascade", null));
            assertTrue(refusedFor(truncate, table), truncate.getMessage());
        }
        SQLException link = assertThrows(SQLException.class,
                () -> execute("update audit_chain set hash = sha256(hash) where entry_id = ?", issued.id));
        assertTrue(refusedFor(link, "audit_chain"), link.getMessage());

        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select actor, action from audit_entry where id = ?")) {
            select.setLong(1, issued.id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals("device:" + site.code() + " KIOSK", row.getString(1));
                assertEquals("ISSUE", row.getString(2));
            }
        }
    }

    /** The trigger's refusal, or the privilege check's where a role lacks the right outright. */
    private static boolean refusedFor(SQLException refusal, String table) {
        return refusal.getMessage().contains(table + " is append-only")
                || refusal.getMessage().contains("permission denied");
    }

    /**
     * As the owner of the tables: the application's own role may not even try (DatabaseRolesTest), and the triggers
     * hold against the owner's mistakes too.
     */
    private static void execute(String sql, Long id) throws SQLException {
        try (Connection c = DatabaseAccounts.owner(); PreparedStatement statement = c.prepareStatement(sql)) {
            if (id != null) {
                statement.setLong(1, id);
            }
            statement.executeUpdate();
        }
    }
}
