package th.servicepoint.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.security.Role;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.Site;

/**
 * Isolation is PostgreSQL's, not the queries': SQL that forgets its {@code where} on purpose, run in one agency's
 * scope, sees nothing of another. The tables come from the catalog, so a table added later is checked the day it is
 * added, and one that belongs to agencies but has no policy fails here.
 */
@QuarkusTest
class RowLevelSecurityTest {

    /**
     * The tables without agency_id, and why (docs/security.md, "Agencies: row-level security"): the agency directory
     * itself, the installation-wide hash-chained audit trail, the event journal screens replay from (events carry
     * their service point, and every socket is checked against its key's agency before it reads any) with its
     * numbering, the survey sealing key, the month's pushes of the installation's one LINE account (counts only,
     * V30), and the key of the booking contacts' hashes (V35).
     */
    private static final Set<String> NOT_OWNED = Set.of("agency", "audit_entry", "audit_chain", "queue_event",
            "queue_event_seq", "survey_seal_key", "line_push_month", "booking_key");

    @Inject
    Fixtures fixtures;

    private long other;
    private Site theirs;

    @BeforeEach
    void anotherAgencyWithQueues() {
        other = Agencies.create(Fixtures.unique("rls"));
        fixtures.inAgency(other).admin();
        theirs = fixtures.inAgency(other).site().service("A").counter(1, "A").create();
        Api.issue(theirs, "A");
        Api.openCounter(theirs, 1);
        Api.serveNext(theirs, 1);
        // and the home agency has rows of its own in the same tables
        Site ours = fixtures.site().service("A").counter(1, "A").create();
        Api.issue(ours, "A");
    }

    @Test
    void everyTableWithAnAgencyHasItsPolicyAndEveryOtherTableIsKnown() {
        List<String> owned = ownedTables();
        assertTrue(owned.containsAll(List.of("service_point", "service", "counter", "app_user", "device_key",
                "ticket", "complaint", "measure", "report_snapshot")), "owned tables: " + owned);
        Set<String> unprotected = Installation.read(() -> new TreeSet<>(strings("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relname = any (cast(?1 as text[]))
                  and not (c.relrowsecurity and exists (select 1 from pg_policies p
                      where p.schemaname = n.nspname and p.tablename = c.relname and p.policyname = 'agency_isolation'))
                """, (Object) owned.toArray(String[]::new))));
        assertEquals(Set.of(), unprotected, "tables with agency_id but no agency_isolation policy in force");
        Set<String> others = Installation.read(() -> new TreeSet<>(strings("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> all (cast(?1 as text[]))
                """, (Object) owned.toArray(String[]::new))));
        assertEquals(new TreeSet<>(NOT_OWNED), others,
                "a table without agency_id: give it one and a policy (V20__agencies.sql), or say here why not");
    }

    @Test
    void aQueryThatForgetsItsAgencySeesOnlyItsOwnRows() {
        Map<String, Long> theirsByTable = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        for (String table : ownedTables()) {
            long ours = count(AgencyScope.INSTALLATION, "select count(*) from " + table + " where agency_id = 1");
            long all = count(AgencyScope.INSTALLATION, "select count(*) from " + table);
            theirsByTable.put(table, count(AgencyScope.INSTALLATION,
                    "select count(*) from " + table + " where agency_id = " + other));
            // no where at all: what the home agency's scope sees is exactly its own rows (corruption complaints
            // included, which a restrictive policy of their own hides from others: ComplaintConfidentialityTest)
            AgencyScope home = AgencyScope.of(1).withCorruptionComplaints();
            AgencyScope theirs = AgencyScope.of(other).withCorruptionComplaints();
            long seen = count(home, "select count(*) from " + table);
            long foreign = count(home, "select count(*) from " + table + " where agency_id <> 1");
            long seenByThem = count(theirs, "select count(*) from " + table);
            long foreignToThem = count(theirs, "select count(*) from " + table + " where agency_id <> " + other);
            if (seen != ours || foreign != 0 || seenByThem != theirsByTable.get(table) || foreignToThem != 0
                    || (all > ours + theirsByTable.get(table) && seen == all)) {
                leaks.add(table + ": home sees " + seen + " of its " + ours + " (" + foreign + " foreign), other sees "
                        + seenByThem + " of its " + theirsByTable.get(table) + " (" + foreignToThem + " foreign)");
            }
        }
        assertEquals(List.of(), leaks);
        // not vacuous: the other agency really has rows where it matters most
        for (String table : List.of("service_point", "service", "counter", "counter_service", "app_user",
                "device_key", "ticket", "ticket_sequence")) {
            assertTrue(theirsByTable.get(table) > 0, table + " has no row of the other agency: " + theirsByTable);
        }
    }

    @Test
    void aScopeOfNoAgencySeesNothing() {
        Map<String, Long> seen = new LinkedHashMap<>();
        for (String table : ownedTables()) {
            long count = count(AgencyScope.NONE, "select count(*) from " + table);
            if (count != 0) {
                seen.put(table, count);
            }
        }
        assertEquals(Map.of(), seen);
        assertTrue(count(AgencyScope.INSTALLATION, "select count(*) from ticket") > 0);
    }

    @Test
    void rowsForAnotherAgencysParentCannotBeWritten() {
        // a counter and a ticket at the other agency's service point, written in the home agency's scope
        assertRefused("insert into counter (service_point_id, number, name) values (" + theirs.id() + ", 99, 'x')");
        long service = theirs.services().get("A");
        assertRefused("insert into ticket (service_point_id, service_id, numbered_by_service_id, business_day, seq,"
                + " number, priority, channel, status, tracking_token, issued_at, queued_at, estimated_wait_minutes)"
                + " values (" + theirs.id() + ", " + service + ", " + service + ", current_date, 999, 'A999', 'NORMAL',"
                + " 'WEB', 'WAITING', '" + Fixtures.unique("forged") + "', now(), now(), 0)");
        // a root row naming the other agency outright
        assertRefused("insert into division (code, name_th, name_en, agency_id) values ('" + Fixtures.unique("d")
                + "', 'x', 'x', " + other + ")");
        // and changing or removing the other agency's rows touches none
        assertEquals(0, update(AgencyScope.of(1), "update service_point set name_th = 'x' where id = " + theirs.id()));
        assertEquals(0, update(AgencyScope.of(1), "delete from ticket where service_point_id = " + theirs.id()));
        // moving a row of one's own to the other agency is refused too
        Site ours = fixtures.site().service("A").create();
        assertRefused("update service_point set agency_id = " + other + " where id = " + ours.id());
        // while in the other agency's own scope the same counter is written
        assertEquals(1, update(AgencyScope.of(other),
                "insert into counter (service_point_id, number, name) values (" + theirs.id() + ", 99, 'x')"));
    }

    @Test
    void usersMadeInAnAgencyBelongToIt() {
        String admin = fixtures.inAgency(other).user(Fixtures.unique("admin"), Role.ADMIN);
        assertEquals(other, Agencies.ofUser(admin));
        assertEquals(1L, Agencies.ofUser(fixtures.user(Fixtures.unique("admin"), Role.ADMIN, true)));
        assertEquals(other, Agencies.ofUser(theirs.clerk(1)));
        // the account's requests run in its agency: its admin lists its service point and none of the home agency's
        List<String> codes = Api.as(admin).get("/api/v1/admin/service-points").then().statusCode(200).extract()
                .jsonPath().getList("code");
        assertEquals(List.of(theirs.code()), codes);
    }

    /**
     * Refused by the database for the agency, not for some other fault of the statement: by a policy, or because the
     * parent the row names is not there to give it an agency.
     */
    private static void assertRefused(String sql) {
        Exception refused = assertThrows(Exception.class, () -> update(AgencyScope.of(1), sql), sql);
        Throwable cause = refused;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("row-level security")
                || cause.getMessage().contains("column \"agency_id\""), sql + " refused for " + cause.getMessage());
    }

    private static List<String> ownedTables() {
        return Installation.read(() -> strings("""
                select table_name from information_schema.columns c
                where table_schema = current_schema() and column_name = 'agency_id'
                  and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema
                      and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
                order by table_name
                """));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String sql, Object... parameters) {
        var query = Panache.getEntityManager().createNativeQuery(sql, String.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static long count(AgencyScope scope, String sql) {
        return Installation.in(scope,
                () -> ((Number) Panache.getEntityManager().createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static int update(AgencyScope scope, String sql) {
        return Installation.in(scope, () -> Panache.getEntityManager().createNativeQuery(sql).executeUpdate());
    }
}
