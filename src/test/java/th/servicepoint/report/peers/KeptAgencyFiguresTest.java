package th.servicepoint.report.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.security.Role;
import th.servicepoint.support.AgencyTallies;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.Site;

/**
 * The kept figures (V25) of FY 2559 half 2, which no other test fills: computed again only when the queue fold moved
 * on, left out once their agency is deactivated, and held by row-level security like the tallies they come from.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptAgencyFiguresTest {

    private static final ReportPeriod HALF = ReportPeriod.half(FiscalYear.of(2559), 2);
    private static final String PERIOD = "fiscalYear=2559&half=2";

    @Inject
    KeptAgencyFigures kept;
    @Inject
    AgencyTallies tallies;
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager entityManager;

    private final String province = Fixtures.unique("จังหวัด");
    private long agency;
    private Site site;

    @BeforeAll
    void aTownWithOneFoldedDay() {
        agency = tallies.id(tallies.agency("TOWN", province));
        site = tallies.site(agency);
        tallies.queueDay(agency, site, "2016-05-10", 100, 2, 0);
        fold("2016-05-10");
    }

    /** The fold marked this service point in 2016; marked through yesterday, a later fold has nothing of it to do. */
    @AfterAll
    void foldedThroughYesterday() {
        fold(LocalDate.now().minusDays(1).toString());
    }

    @Test
    void theFiguresAreComputedAgainOnlyWhenTheFoldMovedOn() {
        kept.keepStale(HALF);
        assertEquals(LocalDate.parse("2016-05-10"), keptDay());
        assertEquals(100, keptServed());
        Instant computed = computedAt();

        // a day in the tallies that the fold has not marked (a test wrote it): nothing to compute again
        tallies.queueDay(agency, site, "2016-05-11", 50, 2, 0);
        assertEquals(0, kept.keepStale(HALF), "every agency is kept as of its fold");
        assertEquals(100, keptServed());
        assertEquals(computed, computedAt());

        // the fold moved on: the town's figures are computed again
        fold("2016-05-11");
        assertTrue(kept.keepStale(HALF) >= 1);
        assertEquals(LocalDate.parse("2016-05-11"), keptDay());
        assertEquals(150, keptServed());
        assertTrue(computedAt().isAfter(computed));
        assertEquals(0, kept.keepStale(HALF), "idempotent");
    }

    @Test
    void theScheduleKeepsTheCurrentAndPreviousHalvesAndTheirYears() {
        FiscalYear fy2570 = FiscalYear.of(2570);
        assertEquals(List.of(ReportPeriod.half(fy2570, 1), ReportPeriod.half(fy2570.previous(), 2),
                ReportPeriod.year(fy2570), ReportPeriod.year(fy2570.previous())),
                List.copyOf(KeptAgencyFigures.periods(Instant.parse("2026-12-07T03:00:00Z"))));
        // in half 2 the previous half is of the same year
        assertEquals(List.of(ReportPeriod.half(fy2570, 2), ReportPeriod.half(fy2570, 1), ReportPeriod.year(fy2570)),
                List.copyOf(KeptAgencyFigures.periods(Instant.parse("2027-04-01T00:00:00Z"))));
    }

    @Test
    void aDeactivatedAgencyLeavesTheRollupAndItsProvinceSeesOnlyItsOwn() {
        long other = tallies.id(tallies.agency("TOWN", province));
        tallies.queueDay(other, tallies.site(other), "2016-05-10", 70, 3, 0);
        long elsewhere = tallies.id(tallies.agency("TOWN", Fixtures.unique("อีกจังหวัด")));
        kept.recompute(HALF);

        String platform = AgencyScopes.call(AgencyScope.INSTALLATION,
                () -> fixtures.user(Fixtures.unique("platform"), Role.PLATFORM, true));
        JsonPath both = as(platform).get("/api/v1/rollups?" + PERIOD + "&province=" + province).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, both.getLong("matching"));
        assertNotNull(both.getString("asOf.computedAt"));

        // row-level security holds the kept rows: an account reading the province's two agencies reads their two
        assertEquals(2L, Installation.in(AgencyScope.readingOnly(List.of(agency, other)),
                () -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from agency_period_figures where first_day = ?1 and end_day = ?2")
                        .setParameter(1, HALF.firstDay()).setParameter(2, HALF.endExclusive()).getSingleResult())
                        .longValue()));
        assertEquals(1L, Installation.read(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from agency_period_figures where agency_id = ?1 and first_day = ?2")
                .setParameter(1, elsewhere).setParameter(2, HALF.firstDay()).getSingleResult()).longValue()),
                "the other province's agency is kept too, out of the province's sight");

        Installation.read(() -> entityManager.createNativeQuery("update agency set active = false where id = ?1")
                .setParameter(1, other).executeUpdate());
        JsonPath one = as(platform).get("/api/v1/rollups?" + PERIOD + "&province=" + province).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, one.getLong("matching"));
        assertEquals(List.of(agency), one.getList("agencies.code").stream()
                .map(code -> tallies.id((String) code)).toList());
    }

    private void fold(String through) {
        tallies.folded(site, through);
    }

    private Object kept(String column) {
        return Installation.read(() -> entityManager.createNativeQuery("select " + column
                + " from agency_period_figures where agency_id = ?1 and first_day = ?2 and end_day = ?3")
                .setParameter(1, agency).setParameter(2, HALF.firstDay()).setParameter(3, HALF.endExclusive())
                .getSingleResult());
    }

    private LocalDate keptDay() {
        Object day = kept("folded_through");
        return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
    }

    private long keptServed() {
        return ((Number) kept("served")).longValue();
    }

    private Instant computedAt() {
        Object at = kept("computed_at");
        if (at instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return at instanceof java.sql.Timestamp time ? time.toInstant() : (Instant) at;
    }
}
