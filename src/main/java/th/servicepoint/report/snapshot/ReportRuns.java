package th.servicepoint.report.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;

/**
 * The scheduled runs, one row per closed half in report_run. Each statement claims or releases a run atomically, so
 * with several instances running exactly one works on a run at a time, and a run left unfinished (an instance
 * stopped, mail refused) is taken over once its claim has lapsed.
 */
@ApplicationScoped
class ReportRuns {

    /** A run: the half it reports and how many attempts it has had, this one included. */
    record Run(long id, ReportPeriod half, int attempt) {
    }

    private final EntityManager entityManager;
    private final AuditTrail audit;

    ReportRuns(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Starts the run of a half, claimed until {@code until}; empty when it was started before, here or elsewhere. */
    @Transactional
    Optional<Run> start(ReportPeriod half, Instant now, Instant until) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                insert into report_run (fiscal_year, half, started_at, claimed_until, attempts)
                values (:year, :half, :now, :until, 1)
                on conflict (agency_id, fiscal_year, half) do nothing
                returning id
                """).setParameter("year", half.fiscalYear().be()).setParameter("half", halfNumber(half))
                .setParameter("now", now).setParameter("until", until).getResultList();
        return ids.stream().findFirst().map(id -> new Run(id.longValue(), half, 1));
    }

    /** Claims every unfinished run whose claim has lapsed, counting an attempt each. */
    @Transactional
    List<Run> claimUnfinished(Instant now, Instant until) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                update report_run set claimed_until = :until, attempts = attempts + 1
                where finished_at is null and (claimed_until is null or claimed_until < :now)
                returning id, fiscal_year, half, attempts
                """, Tuple.class).setParameter("now", now).setParameter("until", until).getResultList();
        return rows.stream().map(row -> new Run(row.get("id", Number.class).longValue(),
                ReportPeriod.half(FiscalYear.of(row.get("fiscal_year", Number.class).intValue()),
                        row.get("half", Number.class).intValue()),
                row.get("attempts", Number.class).intValue())).toList();
    }

    @Transactional
    void snapshotsTaken(Run run, Instant at) {
        execute("update report_run set snapshots_at = :at where id = :id and snapshots_at is null", run,
                Map.of("at", at));
    }

    @Transactional
    void mailed(Run run, Instant at, String detail) {
        execute("""
                update report_run set mailed_at = :at, finished_at = :at, claimed_until = null, last_error = null
                where id = :id
                """, run, Map.of("at", at));
        audit.system("REPORT_MAIL", null, detail);
    }

    /** Done without mail (no recipients), or given up after its last attempt: never tried again. */
    @Transactional
    void finished(Run run, Instant at, String why) {
        execute("update report_run set finished_at = :at, claimed_until = null, last_error = :why where id = :id", run,
                Map.of("at", at, "why", shorten(why)));
    }

    /** Released for the next attempt, with what went wrong. */
    @Transactional
    void failed(Run run, String error) {
        execute("update report_run set claimed_until = null, last_error = :why where id = :id", run,
                Map.of("why", shorten(error)));
    }

    private void execute(String sql, Run run, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql).setParameter("id", run.id());
        parameters.forEach(query::setParameter);
        query.executeUpdate();
    }

    private static int halfNumber(ReportPeriod half) {
        return half.kind() == ReportPeriod.Kind.HALF_1 ? 1 : 2;
    }

    private static String shorten(String text) {
        String known = text == null ? "(no message)" : text;
        return known.length() > 1000 ? known.substring(0, 1000) : known;
    }
}
