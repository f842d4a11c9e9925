package th.servicepoint.report.aggregate;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.complaint.ComplaintCount;
import th.servicepoint.complaint.ComplaintStatistics;
import th.servicepoint.measure.MeasureProgress;
import th.servicepoint.measure.MeasureRegister;
import th.servicepoint.report.aggregate.ExecutiveReport.BelowTarget;
import th.servicepoint.report.aggregate.ExecutiveReport.Breakdowns;
import th.servicepoint.report.aggregate.ExecutiveReport.Comparison;
import th.servicepoint.report.aggregate.ExecutiveReport.Complaints;
import th.servicepoint.report.aggregate.ExecutiveReport.Eit;
import th.servicepoint.report.aggregate.ExecutiveReport.Flag;
import th.servicepoint.report.aggregate.ExecutiveReport.MeasureEntry;
import th.servicepoint.report.aggregate.ExecutiveReport.MeasuredItem;
import th.servicepoint.report.aggregate.ExecutiveReport.Period;
import th.servicepoint.report.aggregate.ExecutiveReport.Responses;
import th.servicepoint.report.aggregate.ExecutiveReport.Scope;
import th.servicepoint.report.aggregate.ExecutiveReport.Survey;
import th.servicepoint.report.peers.PeerBenchmark;
import th.servicepoint.report.peers.PeerBenchmarks;
import th.servicepoint.report.scoring.ItemScore;
import th.servicepoint.report.scoring.ProjectedEit;
import th.servicepoint.report.scoring.QuestionScore;
import th.servicepoint.report.scoring.ReportSettings;
import th.servicepoint.report.scoring.SurveyScores;
import th.servicepoint.report.scoring.SurveyScoring;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.site.ServicePointAdmin;
import th.servicepoint.survey.Breakdown;
import th.servicepoint.survey.ResponseMode;
import th.servicepoint.survey.SurveyStatistics;
import th.servicepoint.survey.SurveyTallies;

/** Builds the executive report of a period, for one service point or the whole agency. */
@ApplicationScoped
public class ExecutiveReports {

    /** For the report's transaction only (and the keeping of its figures, KeptHalves). */
    static final String WORK_MEM = "64MB";

    private final SurveyStatistics survey;
    private final KeptHalves halves;
    private final ComplaintStatistics complaints;
    private final MeasureRegister measures;
    private final ServicePointAdmin servicePoints;
    private final ReportSettings settings;
    private final PeerBenchmarks peers;
    private final AgencyScopes scopes;
    private final EntityManager entityManager;
    private final Clock clock;

    ExecutiveReports(SurveyStatistics survey, KeptHalves halves, ComplaintStatistics complaints,
            MeasureRegister measures, ServicePointAdmin servicePoints, ReportSettings settings, PeerBenchmarks peers,
            AgencyScopes scopes, EntityManager entityManager, Clock clock) {
        this.survey = survey;
        this.halves = halves;
        this.complaints = complaints;
        this.measures = measures;
        this.servicePoints = servicePoints;
        this.settings = settings;
        this.peers = peers;
        this.scopes = scopes;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The report of {@code period} for the service point with this code, or for the agency when it is null or blank.
     * Every figure is read in one read-only, repeatable-read transaction, so the survey, queue and complaint figures
     * describe the same moment even while counters keep working.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "servicepoint.report.transaction-timeout")
    public ExecutiveReport build(ReportPeriod period, String servicePointCode) {
        // before the first query, which takes the snapshot every later one reads
        entityManager.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        // the answers of a half-year are joined and counted in hash tables; with the default 4 MB the planner sorts
        // them on disk instead, three times slower
        entityManager.createNativeQuery("set local work_mem = '" + WORK_MEM + "'").executeUpdate();
        ServicePoint servicePoint = servicePoint(servicePointCode);
        Long id = servicePoint == null ? null : servicePoint.id;
        PeriodFigures figures = halves.kept(period, id).or(() -> halves.keepNow(period, id))
                .orElseGet(() -> halves.compute(period, id));
        SurveyTallies current = figures.tallies();
        ReportPeriod previousPeriod = period.previous();
        SurveyTallies previous = halves.kept(previousPeriod, id).map(PeriodFigures::totals)
                .orElseGet(() -> survey.totals(previousPeriod.start(), previousPeriod.end(), id));
        SurveyScoring scoring = new SurveyScoring(settings);
        SurveyScores scores = scoring.score(current.items(), previous.items());
        Comparison comparison = new Comparison(Period.of(previousPeriod), previous.responses(),
                eit(scoring.score(previous.items(), List.of()).projectedEit()));
        return new ExecutiveReport(ExecutiveReport.Audience.EXECUTIVE, Period.of(period), scope(servicePoint),
                clock.instant(), settings.target(), survey(current, scores, comparison, settings.gradeMinAnswers()),
                measures(measures.forReport(period, id), scores), breakdowns(current, new BreakdownRows(scoring, settings)),
                figures.queue(), halves.appointments(figures, period, id), complaints(period, id), figures.comments(),
                peers(period, servicePoint));
    }

    /**
     * The whole agency's report compares it with its peers; a service point has none, and a caller above agencies
     * (provincial, platform) reads no one agency's report as its own. The peers are read in a transaction of their own
     * (PeerBenchmarks) from the figures kept after the last queue fold, so they describe that moment (their asOf).
     */
    private PeerBenchmark peers(ReportPeriod period, ServicePoint servicePoint) {
        Long agency = scopes.current().agency();
        return servicePoint != null || agency == null ? null : peers.of(period, agency);
    }

    /** An unknown code is a mistake in the request (422), not a missing page. */
    private ServicePoint servicePoint(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return servicePoints.find(code.strip()).orElseThrow(() -> ProblemException.invalid("servicePoint",
                "ไม่พบจุดบริการรหัส '" + code + "' (เว้นว่างไว้เพื่อดูรายงานทั้งหน่วยงาน)",
                "There is no service point '" + code + "' (leave it out for the whole agency)"));
    }

    private static Scope scope(ServicePoint servicePoint) {
        return servicePoint == null
                ? new Scope(Scope.Kind.AGENCY, null, "ทั้งหน่วยงาน (ทุกจุดบริการ)", "The whole agency (every service point)")
                : new Scope(Scope.Kind.SERVICE_POINT, servicePoint.code, servicePoint.nameTh, servicePoint.nameEn);
    }

    private static Survey survey(SurveyTallies tallies, SurveyScores scores, Comparison previous, int minAnswers) {
        long open = modeResponses(tallies, ResponseMode.OPEN);
        long staff = modeResponses(tallies, ResponseMode.STAFF);
        BelowTarget below = new BelowTarget(
                scores.questionsBelowTarget().stream()
                        .map(q -> new Flag(q.code(), q.n(), q.score(), q.developmentPoint())).toList(),
                scores.itemsBelowTarget().stream()
                        .map(i -> new Flag(i.code(), i.n(), i.score(), i.developmentPoint())).toList());
        return new Survey(new Responses(tallies.responses(), tallies.responses() - open, open, staff),
                tallies.wording(), scores.questions(), scores.indicators(), scores.projectedEit(), below, previous,
                minAnswers);
    }

    private static long modeResponses(SurveyTallies tallies, ResponseMode mode) {
        return tallies.groups(Breakdown.MODE).stream().filter(group -> group.key().equals(mode.name()))
                .mapToLong(SurveyTallies.Group::responses).sum();
    }

    /** Each measure with the scores its items have now. */
    private static List<MeasureEntry> measures(List<MeasureProgress> register, SurveyScores scores) {
        Map<String, MeasuredItem> scored = new HashMap<>();
        for (QuestionScore question : scores.questions()) {
            scored.put(question.code(),
                    new MeasuredItem(question.code(), question.n(), question.score(), question.belowTarget(), null));
            for (ItemScore item : question.items()) {
                scored.put(item.code(),
                        new MeasuredItem(item.code(), item.n(), item.score(), item.belowTarget(), item.change()));
            }
        }
        return register.stream().map(shown -> new MeasureEntry(shown.fromEarlierPeriod(), shown.measure(),
                shown.measure().items().stream()
                        .map(code -> scored.getOrDefault(code, new MeasuredItem(code, 0, null, false, null))).toList()))
                .toList();
    }

    private Breakdowns breakdowns(SurveyTallies tallies, BreakdownRows rows) {
        return new Breakdowns(settings.rankMinAnswers(), settings.clerkCellMinAnswers(),
                rows.ranked(tallies.groups(Breakdown.SERVICE)), rows.ranked(tallies.groups(Breakdown.COUNTER)),
                rows.ranked(tallies.groups(Breakdown.DIVISION)), rows.clerks(tallies.groups(Breakdown.CLERK)),
                rows.unranked(tallies.groups(Breakdown.MODE)));
    }

    private static Eit eit(ProjectedEit projected) {
        return projected == null ? null : new Eit(projected.n(), projected.score(), projected.grade());
    }

    /**
     * Corruption complaints are counted only for a fiscal half or year that has ended: a report of any day, or of a
     * running half requested day after day, would let an executive subtract counts down to a single complaint.
     */
    private Complaints complaints(ReportPeriod period, Long servicePointId) {
        List<ComplaintCount> counts = complaints.counts(period.start(), period.end(), servicePointId);
        boolean ended = period.kind() != ReportPeriod.Kind.CUSTOM && !clock.instant().isBefore(period.end());
        Long corruption = ended ? complaints.corruption(period.start(), period.end(), servicePointId) : null;
        long total = counts.stream().mapToLong(ComplaintCount::count).sum() + (corruption == null ? 0 : corruption);
        return new Complaints(total, counts, corruption);
    }
}
