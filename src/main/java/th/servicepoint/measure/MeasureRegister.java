package th.servicepoint.measure;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.site.Division;

/**
 * The measures register: measures recorded for the items a report flagged, their edits while open and their progress.
 * Every change is one transaction with its audit row; DONE and DROPPED measures are history and change no more.
 */
@ApplicationScoped
public class MeasureRegister {

    private static final String WITH_SCOPE = "from Measure m left join fetch m.servicePoint left join fetch m.division";
    /** A report shows the measures recorded for its period or a period within it … */
    private static final String RECORDED_WITHIN = "m.firstDay >= :first and m.endExclusive <= :last";
    /** … and those of an earlier period that existed before its end and were not finished before its start. */
    private static final String CARRIED_ON = "m.firstDay < :first and m.createdAt < :end"
            + " and (m.finishedAt is null or m.finishedAt >= :start)";

    private final MeasureReferences references;
    private final AuditTrail audit;

    MeasureRegister(MeasureReferences references, AuditTrail audit) {
        this.references = references;
        this.audit = audit;
    }

    @Transactional
    public MeasureView create(NewMeasure form) {
        MeasureReferences.Scope scope = references.of(form);
        AuditTrail.Actor actor = audit.actor();
        Measure measure = new Measure();
        measure.recordFor(scope.period());
        measure.servicePoint = scope.servicePoint();
        measure.items.addAll(scope.items());
        apply(measure, form.plan(), scope.division());
        measure.status = MeasureStatus.PLANNED;
        measure.createdAt = actor.at();
        measure.createdBy = actor.name();
        measure.updatedAt = actor.at();
        measure.persist();
        audit.measure("MEASURE_CREATE", servicePointId(measure), describe(measure) + ": " + measure.titleTh);
        return MeasureView.of(measure);
    }

    /** Newest period first, then in the order recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureView> list(MeasureQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.fiscalYear() != null) {
            where.add("m.fiscalYear = :fiscalYear");
            parameters.and("fiscalYear", FiscalYear.of(query.fiscalYear()).be());
        }
        if (query.half() != null) {
            where.add("m.periodKind = :kind");
            parameters.and("kind", MeasureReferences.period(query.fiscalYear(), query.half()).kind());
        }
        if (query.servicePoint() != null) {
            where.add("m.servicePoint = :servicePoint");
            parameters.and("servicePoint", references.servicePoint(query.servicePoint()));
        }
        if (query.item() != null) {
            where.add(":item member of m.items");
            parameters.and("item", references.items("item", List.of(query.item())).get(0));
        }
        if (query.status() != null) {
            where.add("m.status = :status");
            parameters.and("status", query.status());
        }
        String hql = WITH_SCOPE + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by m.firstDay desc, m.id";
        return Measure.<Measure> find(hql, parameters).list().stream().map(MeasureView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureView get(long id) {
        return MeasureView.of(Measure.<Measure> findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    /** Replaces what the measure does; its period, scope and items stay as recorded. */
    @Transactional
    public MeasureView update(long id, MeasurePlan plan) {
        Measure measure = requireOpen(id);
        apply(measure, plan, references.division(plan));
        measure.updatedAt = audit.actor().at();
        audit.measure("MEASURE_UPDATE", servicePointId(measure), describe(measure) + ": " + measure.titleTh);
        return MeasureView.of(measure);
    }

    /** Appends a progress entry and moves the measure to its status; DONE and DROPPED end it. */
    @Transactional
    public MeasureView progress(long id, ProgressForm form) {
        Measure measure = requireOpen(id);
        MeasureStatus from = measure.status;
        MeasureStatus to = form.status() == null ? from : form.status();
        if (!from.canMoveTo(to)) {
            throw ProblemException.conflict("MEASURE_STATUS",
                    "มาตรการที่เริ่มดำเนินการแล้วกลับเป็น PLANNED ไม่ได้ ใช้ IN_PROGRESS, DONE หรือ DROPPED",
                    "A measure in progress cannot be planned again; use IN_PROGRESS, DONE or DROPPED");
        }
        AuditTrail.Actor actor = audit.actor();
        ProgressEntry entry = new ProgressEntry();
        entry.measure = measure;
        entry.at = actor.at();
        entry.actor = actor.name();
        entry.status = to;
        entry.noteTh = form.noteTh().strip();
        entry.persist();
        measure.progress.add(entry);
        measure.status = to;
        measure.updatedAt = actor.at();
        measure.finishedAt = to.isFinal() ? actor.at() : null;
        audit.measure("MEASURE_PROGRESS", servicePointId(measure), describe(measure) + ": " + from + " → " + to);
        return MeasureView.of(measure);
    }

    /**
     * The measures the executive report of {@code period} shows, for one service point (its own and the agency's) or,
     * with no id, the whole agency (every scope): those recorded for the period or a period within it, and those
     * recorded for an earlier period that existed before this one ended and were not finished before it began. Each as
     * it stood at the period's end; oldest period first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureProgress> forReport(ReportPeriod period, Long servicePointId) {
        StringBuilder hql = new StringBuilder(WITH_SCOPE + " where ((" + RECORDED_WITHIN + ") or (" + CARRIED_ON + "))");
        Parameters parameters = Parameters.with("first", period.firstDay()).and("last", period.endExclusive())
                .and("start", period.start()).and("end", period.end());
        if (servicePointId != null) {
            hql.append(" and (m.servicePoint is null or m.servicePoint.id = :servicePoint)");
            parameters.and("servicePoint", servicePointId);
        }
        hql.append(" order by m.firstDay, m.id");
        return Measure.<Measure> find(hql.toString(), parameters).list().stream()
                .map(measure -> new MeasureProgress(measure.period(), measure.firstDay.isBefore(period.firstDay()),
                        MeasureView.asOf(measure, period.end())))
                .toList();
    }

    private static void apply(Measure measure, MeasurePlan plan, Division division) {
        measure.titleTh = plan.titleTh().strip();
        measure.titleEn = plan.titleEn() == null || plan.titleEn().isBlank() ? null : plan.titleEn().strip();
        measure.steps.clear();
        plan.steps().forEach(step -> measure.steps.add(step.strip()));
        measure.division = division;
        measure.responsibleText = plan.responsible() == null || plan.responsible().isBlank() ? null
                : plan.responsible().strip();
        measure.followUp = plan.followUp().strip();
        measure.dueDate = plan.dueDate();
    }

    /** Locked, so two changes to one measure are taken in turn and the second sees what the first did. */
    private static Measure requireOpen(long id) {
        Measure measure = Measure.<Measure> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(id));
        if (measure.status.isFinal()) {
            throw ProblemException.conflict("MEASURE_FINAL",
                    "มาตรการนี้มีสถานะ " + measure.status + " แล้ว จึงแก้ไขหรือรายงานความก้าวหน้าเพิ่มไม่ได้",
                    "This measure is " + measure.status + " and can no longer be edited or progressed");
        }
        return measure;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Measure", "มาตรการ", id);
    }

    private static Long servicePointId(Measure measure) {
        return measure.servicePoint == null ? null : measure.servicePoint.id;
    }

    /** measure 7 (FY 2569 HALF_1, pao-hq, E1.1 E1.2) */
    private static String describe(Measure measure) {
        return "measure " + measure.id + " (FY " + measure.fiscalYear + " " + measure.periodKind + ", "
                + (measure.servicePoint == null ? "agency" : measure.servicePoint.code) + ", "
                + String.join(" ", measure.items) + ")";
    }
}
