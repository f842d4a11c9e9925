package th.servicepoint.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.problem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Api;
import th.servicepoint.support.DatabaseAccounts;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * Someone who owns the database rewrites the audit trail behind the application's back (triggers off), and the chain
 * check names the first row where the chain breaks. Each test puts the trail back as it was, so the chain verifies
 * again afterwards.
 */
@QuarkusTest
class AuditChainTest {

    private static final String VERIFY = "/api/v1/admin/audit/verify";
    private static final List<String> AUDIT = List.of("audit_entry");
    private static final List<String> AUDIT_AND_CHAIN = List.of("audit_entry", "audit_chain");

    @Inject
    Fixtures fixtures;

    private AuditEntry issued;

    /** A ticket issued and called: its ISSUE row is the one tampered with, and a copy of it and its link is kept. */
    @BeforeEach
    void auditedActions() throws SQLException {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        long ticket = issue(site, "A").getLong("id");
        Api.openCounter(site, 1);
        Api.callNext(site, 1);
        issued = fixtures.auditOf(ticket).get(0);
        DatabaseAccounts.withoutTriggers(List.of(), "drop table if exists tampered",
                "drop table if exists tampered_links",
                "create table tampered as select * from audit_entry where id = " + issued.id,
                "create table tampered_links as select * from audit_chain where entry_id = " + issued.id);
    }

    @AfterEach
    void dropTheCopies() throws SQLException {
        DatabaseAccounts.withoutTriggers(List.of(), "drop table tampered", "drop table tampered_links");
        verified().body("intact", equalTo(true));
    }

    @Test
    void anUntouchedTrailVerifiesEveryRow() {
        long rows = verified().body("intact", equalTo(true)).body("firstBreak", nullValue())
                .body("message", containsString("verify")).extract().jsonPath().getLong("rows");
        long all = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        assertEquals(all, rows);
        verified().body("lastPosition", equalTo((int) rows)).body("lastHash", matchesRegex("[0-9a-f]{64}"));
    }

    @Test
    void anEditedRowIsNamed() throws SQLException {
        DatabaseAccounts.withoutTriggers(AUDIT,
                "update audit_entry set actor = 'someone else' where id = " + issued.id);
        broken(issued.id).body("firstBreak.problem", containsString("does not match its hash"))
                .body("firstBreak.at", equalTo(issued.at.toString()));

        DatabaseAccounts.withoutTriggers(AUDIT, "update audit_entry e set actor = t.actor from tampered t where e.id = t.id");
    }

    @Test
    void aDeletedRowIsNamed() throws SQLException {
        DatabaseAccounts.withoutTriggers(AUDIT, "delete from audit_entry where id = " + issued.id);
        broken(issued.id).body("firstBreak.problem", containsString("was deleted"));

        DatabaseAccounts.withoutTriggers(AUDIT,
                "insert into audit_entry select * from tampered where id = " + issued.id);
    }

    @Test
    void aRowDeletedWithItsLinkBreaksTheChainAtTheNextRow() throws SQLException {
        long next = nextInChain(issued.id);
        DatabaseAccounts.withoutTriggers(AUDIT_AND_CHAIN, "delete from audit_chain where entry_id = " + issued.id,
                "delete from audit_entry where id = " + issued.id);
        broken(next).body("firstBreak.problem", containsString("1 rows before it"));

        DatabaseAccounts.withoutTriggers(AUDIT_AND_CHAIN,
                "insert into audit_entry select * from tampered where id = " + issued.id,
                "insert into audit_chain select * from tampered_links where entry_id = " + issued.id);
    }

    @Test
    void aForgedRowIsNamed() throws SQLException {
        DatabaseAccounts.withoutTriggers(AUDIT, "insert into audit_entry (at, actor, action, detail) select at, actor,"
                + " 'CANCEL', 'backdated' from tampered where id = " + issued.id);
        long forged = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry> find("detail", "backdated").firstResult().id);
        broken(forged).body("firstBreak.position", nullValue())
                .body("firstBreak.problem", containsString("not in the chain"));

        DatabaseAccounts.withoutTriggers(AUDIT, "delete from audit_entry where id = " + forged);
    }

    @Test
    void anEditedRowWithItsHashRecomputedBreaksTheChainAtTheNextRow() throws SQLException {
        long next = nextInChain(issued.id);
        DatabaseAccounts.withoutTriggers(AUDIT_AND_CHAIN,
                "update audit_entry set reason = 'rewritten' where id = " + issued.id,
                "update audit_chain c set hash = audit_chain_hash((select p.hash from audit_chain p"
                        + " where p.position = c.position - 1), e) from audit_entry e"
                        + " where e.id = c.entry_id and c.entry_id = " + issued.id);
        broken(next).body("firstBreak.problem", containsString("does not match its hash"));

        DatabaseAccounts.withoutTriggers(AUDIT_AND_CHAIN,
                "update audit_entry e set reason = t.reason from tampered t where e.id = t.id",
                "update audit_chain c set hash = t.hash from tampered_links t where c.entry_id = t.entry_id");
    }

    @Test
    void onlyAdministratorsRunTheCheck() {
        problem(Api.as("exec", "exec").get(VERIFY).then(), 403, "FORBIDDEN");
        problem(Api.as("officer", "officer").get(VERIFY).then(), 403, "FORBIDDEN");
    }

    /** The audit row linked right after this one (another test's or this one's next action). */
    private static long nextInChain(long rowId) throws SQLException {
        try (Connection owner = DatabaseAccounts.owner();
                PreparedStatement next = owner.prepareStatement("select entry_id from audit_chain where position ="
                        + " (select position + 1 from audit_chain where entry_id = ?)")) {
            next.setLong(1, rowId);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static ValidatableResponse verified() {
        return admin().get(VERIFY).then().log().ifValidationFails().statusCode(200);
    }

    private static ValidatableResponse broken(long rowId) {
        return verified().body("intact", equalTo(false)).body("firstBreak.rowId", equalTo((int) rowId))
                .body("message", containsString("row " + rowId));
    }
}
