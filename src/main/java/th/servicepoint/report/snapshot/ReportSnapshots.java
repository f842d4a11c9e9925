package th.servicepoint.report.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.aggregate.ExecutiveReport.Audience;
import th.servicepoint.report.aggregate.ExecutiveReports;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.site.ServicePointAdmin;

/**
 * Executive reports kept as generated: each snapshot stores the report JSON exactly as serialized and its public
 * version, with their SHA-256, as the next version of its period and scope. Other formats are rendered from the
 * stored JSON, so a snapshot always shows the figures it was taken with.
 */
@ApplicationScoped
public class ReportSnapshots {

    private static final Sort LIST_ORDER = Sort.descending("fiscalYear", "lastDay")
            .and("servicePointCode", Sort.NullPrecedence.NULLS_FIRST).and("version", Sort.Direction.Descending);

    private final ExecutiveReports reports;
    private final ServicePointAdmin servicePoints;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    ReportSnapshots(ExecutiveReports reports, ServicePointAdmin servicePoints, ObjectMapper json, AuditTrail audit,
            EntityManager entityManager) {
        this.reports = reports;
        this.servicePoints = servicePoints;
        this.json = json;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** A snapshot's report, or its public version, as stored, with that text's SHA-256. */
    public record StoredReport(SnapshotView snapshot, Audience audience, String json, String sha256) {
    }

    /**
     * Builds the report of a fiscal half or year for a service point (null: the agency) and stores it as the next
     * version of that period and scope. The report is read in its own read-only transaction and stored in a new one,
     * so this is never called inside a transaction.
     *
     * @param trigger {@code MANUAL} within the request of the executive who asked (the audit row names that caller);
     *        {@code SCHEDULE} anywhere (the audit row names {@link AuditTrail#SYSTEM})
     * @param by who asked, kept with the snapshot
     */
    @Transactional(TxType.NEVER)
    public SnapshotView take(ReportPeriod period, String servicePointCode, SnapshotTrigger trigger, String by) {
        return take(period, servicePointCode, trigger, by, null);
    }

    @Transactional(TxType.NEVER)
    SnapshotView take(ReportPeriod period, String servicePointCode, SnapshotTrigger trigger, String by, Long runId) {
        if (period.kind() == ReportPeriod.Kind.CUSTOM) {
            throw ProblemException.invalid("fiscalYear", "เก็บรายงานได้เฉพาะรอบ 6 เดือนหรือ 12 เดือนของปีงบประมาณ",
                    "Only a fiscal half or year is kept as a snapshot");
        }
        ExecutiveReport report = reports.build(period, servicePointCode);
        String full = write(report);
        String open = write(report.publicVersion());
        return QuarkusTransaction.requiringNew()
                .call(() -> SnapshotView.of(store(period, report, full, open, trigger, by, runId)));
    }

    @Transactional(TxType.SUPPORTS)
    public SnapshotView get(long id) {
        return SnapshotView.of(find(id));
    }

    /**
     * Snapshots, newest period first, each period's agency report before its service points', newest version first.
     * Each filter is optional.
     */
    @Transactional(TxType.SUPPORTS)
    public List<SnapshotView> list(Integer fiscalYear, Integer half, String servicePointCode) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (fiscalYear != null) {
            where.add("fiscalYear = :fiscalYear");
            parameters.put("fiscalYear", fiscalYear);
        }
        if (half != null) {
            where.add("half = :half");
            parameters.put("half", half);
        }
        if (servicePointCode != null && !servicePointCode.isBlank()) {
            where.add("servicePointCode = :code");
            parameters.put("code", servicePointCode.strip());
        }
        PanacheQuery<ReportSnapshot> query = where.isEmpty() ? ReportSnapshot.findAll(LIST_ORDER)
                : ReportSnapshot.find(String.join(" and ", where), LIST_ORDER, parameters);
        return query.list().stream().map(SnapshotView::of).toList();
    }

    /** The newest version of a period and scope (null or blank: the agency), if any was taken. */
    @Transactional(TxType.SUPPORTS)
    public Optional<SnapshotView> latest(ReportPeriod period, String servicePointCode) {
        return ReportSnapshot.<ReportSnapshot> find(ofPeriod(servicePointCode), Sort.descending("version"),
                periodParameters(period, servicePointCode)).firstResultOptional().map(SnapshotView::of);
    }

    /** The newest version of every period and scope taken, as {@link #list} orders them: what the public sees. */
    @Transactional(TxType.SUPPORTS)
    public List<SnapshotView> published() {
        return ReportSnapshot.<ReportSnapshot> find("""
                from ReportSnapshot s
                where s.version = (select max(newer.version) from ReportSnapshot newer
                                   where newer.periodKind = s.periodKind and newer.firstDay = s.firstDay
                                     and newer.lastDay = s.lastDay
                                     and coalesce(newer.servicePointCode, '') = coalesce(s.servicePointCode, ''))
                """, LIST_ORDER).list().stream().map(SnapshotView::of).toList();
    }

    /** The snapshots a scheduled run took. */
    @Transactional(TxType.SUPPORTS)
    List<SnapshotView> ofRun(long runId) {
        return ReportSnapshot.<ReportSnapshot> list("runId", Sort.by("id"), runId).stream().map(SnapshotView::of)
                .toList();
    }

    /** The stored JSON of a snapshot: the whole report or its public version. */
    @Transactional(TxType.SUPPORTS)
    public StoredReport stored(long id, Audience audience) {
        ReportSnapshot snapshot = find(id);
        return audience == Audience.PUBLIC
                ? new StoredReport(SnapshotView.of(snapshot), audience, snapshot.publicJson, snapshot.publicSha256)
                : new StoredReport(SnapshotView.of(snapshot), audience, snapshot.reportJson, snapshot.reportSha256);
    }

    /** The stored JSON read back into the report it was written from, for the renderers. */
    public ExecutiveReport report(StoredReport stored) {
        try {
            return json.readValue(stored.json(), ExecutiveReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report snapshot " + stored.snapshot().id() + " cannot be read back", e);
        }
    }

    /** SHA-256 of the UTF-8 text, in lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private ReportSnapshot store(ReportPeriod period, ExecutiveReport report, String full, String open,
            SnapshotTrigger trigger, String by, Long runId) {
        String code = report.scope().servicePointCode();
        ServicePoint servicePoint = code == null ? null : servicePoints.find(code).orElseThrow();
        lockScope(period, code);
        ReportSnapshot snapshot = new ReportSnapshot();
        snapshot.periodKind = period.kind();
        snapshot.fiscalYear = period.fiscalYear().be();
        snapshot.half = report.period().half();
        snapshot.firstDay = period.firstDay();
        snapshot.lastDay = period.lastDay();
        snapshot.servicePointId = servicePoint == null ? null : servicePoint.id;
        snapshot.servicePointCode = code;
        snapshot.version = lastVersion(period, code) + 1;
        snapshot.generatedAt = report.generatedAt();
        snapshot.trigger = trigger;
        snapshot.generatedBy = by;
        snapshot.runId = runId;
        snapshot.reportJson = full;
        snapshot.reportSha256 = sha256(full);
        snapshot.publicJson = open;
        snapshot.publicSha256 = sha256(open);
        snapshot.persist();
        String detail = "snapshot " + snapshot.id + " (" + period.labelEn() + ", " + (code == null ? "agency" : code)
                + ", version " + snapshot.version + ", sha256 " + snapshot.reportSha256 + ")";
        if (trigger == SnapshotTrigger.SCHEDULE) {
            audit.system("REPORT_SNAPSHOT", snapshot.servicePointId, detail);
        } else {
            audit.report("REPORT_SNAPSHOT", snapshot.servicePointId, detail);
        }
        return snapshot;
    }

    /**
     * Two regenerations of one period and scope at once, on any instances, take their versions one after the other;
     * the unique key on the version would refuse the second otherwise.
     */
    private void lockScope(ReportPeriod period, String code) {
        String scope = "report_snapshot " + period.kind() + " " + period.firstDay() + " " + code;
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key",
                (long) scope.hashCode()).getSingleResult();
    }

    private int lastVersion(ReportPeriod period, String code) {
        var query = entityManager.createQuery(
                "select coalesce(max(version), 0) from ReportSnapshot where " + ofPeriod(code), Integer.class);
        periodParameters(period, code).map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String ofPeriod(String code) {
        return "periodKind = :kind and firstDay = :first and lastDay = :last and "
                + (code == null || code.isBlank() ? "servicePointCode is null" : "servicePointCode = :code");
    }

    private static Parameters periodParameters(ReportPeriod period, String code) {
        Parameters parameters = Parameters.with("kind", period.kind()).and("first", period.firstDay()).and("last",
                period.lastDay());
        return code == null || code.isBlank() ? parameters : parameters.and("code", code.strip());
    }

    private static ReportSnapshot find(long id) {
        return ReportSnapshot.<ReportSnapshot> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("report snapshot", "รายงานที่เก็บไว้", id));
    }

    private String write(ExecutiveReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report cannot be written as JSON", e);
        }
    }
}
