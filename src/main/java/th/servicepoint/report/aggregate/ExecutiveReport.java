package th.servicepoint.report.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import th.servicepoint.common.ReportPeriod;
import th.servicepoint.complaint.ComplaintCount;
import th.servicepoint.measure.MeasureView;
import th.servicepoint.queue.QueueReport;
import th.servicepoint.report.peers.PeerBenchmark;
import th.servicepoint.report.scoring.Change;
import th.servicepoint.report.scoring.GradeBand;
import th.servicepoint.report.scoring.IndicatorScore;
import th.servicepoint.report.scoring.ProjectedEit;
import th.servicepoint.report.scoring.QuestionScore;
import th.servicepoint.survey.ItemWording;
import th.servicepoint.survey.SurveyComments;

/**
 * The twice-yearly executive report as the API sends it and the renderers draw it: the period, what it covers, the
 * survey scored the way ITA scores the EIT, its breakdowns, the queue, complaints and comments. Built by
 * {@link ExecutiveReports} from one consistent snapshot of the database; the {@link Audience#PUBLIC} version
 * ({@link #publicVersion()}) keeps aggregates only.
 *
 * @param target the score under which items and questions are flagged (ITA scales, 0–100)
 * @param measures the measures register as it stood at the period's end (section 6 of the seed); null in a report
 *        stored before the register existed
 * @param appointments null in a report stored before appointments were reported
 * @param comments null in the public version
 * @param peers the agency beside anonymous peers of its class; null for a service point, for callers above agencies,
 *        in the public version and in a report stored before benchmarks existed
 */
public record ExecutiveReport(Audience audience, Period period, Scope scope, Instant generatedAt, double target,
        Survey survey, List<MeasureEntry> measures, Breakdowns breakdowns, QueueReport queue,
        AppointmentReport appointments, Complaints complaints, SurveyComments comments, PeerBenchmark peers) {

    public enum Audience {
        /** Executives and administrators: everything. */
        EXECUTIVE,
        /** Anyone: aggregates only, no clerk names, no comments, no listed calls out of order. */
        PUBLIC
    }

    /**
     * The days covered, both included.
     *
     * @param fiscalYear Buddhist-Era fiscal year; null for a custom range
     * @param half 1 or 2; null for the 12-month report and a custom range
     */
    public record Period(ReportPeriod.Kind kind, Integer fiscalYear, Integer half, LocalDate firstDay,
            LocalDate lastDay, String labelTh, String labelEn) {

        public static Period of(ReportPeriod period) {
            Integer half = switch (period.kind()) {
                case HALF_1 -> 1;
                case HALF_2 -> 2;
                default -> null;
            };
            return new Period(period.kind(), period.fiscalYear() == null ? null : period.fiscalYear().be(), half,
                    period.firstDay(), period.lastDay(), period.labelTh(), period.labelEn());
        }
    }

    /** The whole agency (every service point; {@code servicePointCode} null) or one service point. */
    public record Scope(Kind kind, String servicePointCode, String nameTh, String nameEn) {

        public enum Kind {
            AGENCY,
            SERVICE_POINT
        }
    }

    /**
     * The counter survey of the period. Questions hold their items; indicators name their questions by code.
     *
     * @param wording what each item and question asks, by code, in questionnaire order
     * @param projectedEit the agency's own estimate, never an official ITA score (its note says so); null without
     *        ITA-scaled answers
     * @param previous the period compared with; each item's {@code change} is against it
     * @param gradeMinAnswers under this many answers a figure shows its n and no grade, band, projected EIT or flag
     *        (0 in a report stored before the rule)
     */
    public record Survey(Responses responses, Map<String, ItemWording> wording, List<QuestionScore> questions,
            List<IndicatorScore> indicators, ProjectedEit projectedEit, BelowTarget belowTarget,
            Comparison previous, int gradeMinAnswers) {

        /**
         * A survey read back from its JSON (a stored snapshot): the JSON names an indicator's questions by code only,
         * so each indicator is given back the question objects it names.
         */
        @JsonCreator
        static Survey read(@JsonProperty("responses") Responses responses,
                @JsonProperty("wording") Map<String, ItemWording> wording,
                @JsonProperty("questions") List<QuestionScore> questions,
                @JsonProperty("indicators") List<StoredIndicator> indicators,
                @JsonProperty("projectedEit") ProjectedEit projectedEit,
                @JsonProperty("belowTarget") BelowTarget belowTarget,
                @JsonProperty("previous") Comparison previous,
                @JsonProperty("gradeMinAnswers") int gradeMinAnswers) {
            Map<String, QuestionScore> byCode = questions == null ? Map.of()
                    : questions.stream().collect(Collectors.toMap(QuestionScore::code, Function.identity()));
            List<IndicatorScore> linked = indicators == null ? null
                    : indicators.stream().map(indicator -> indicator.linkedTo(byCode)).toList();
            return new Survey(responses, wording, questions, linked, projectedEit, belowTarget, previous,
                    gradeMinAnswers);
        }
    }

    /** An {@link IndicatorScore} as its JSON holds it. */
    record StoredIndicator(String code, int indicator, String nameTh, String nameEn, long n, double score,
            List<String> questionCodes, boolean belowTarget) {

        IndicatorScore linkedTo(Map<String, QuestionScore> questions) {
            return new IndicatorScore(code, indicator, nameTh, nameEn, n, score,
                    questionCodes.stream().map(questions::get).toList(), belowTarget);
        }
    }

    /**
     * Responses in the period: invited (from a served ticket) and open (through a counter's poster) both count in
     * {@code total}; {@code staff} (from a staff network or with staff credentials) never does, and is reported apart.
     */
    public record Responses(long total, long invited, long open, long staff) {
    }

    /** The development table (ประเด็นที่ควรพัฒนา): questions and items under the target. */
    public record BelowTarget(List<Flag> questions, List<Flag> items) {
    }

    /** One question or item under the target, with what to improve (null when no point is configured). */
    public record Flag(String code, long n, double score, String developmentPoint) {
    }

    /**
     * A measure taken for flagged items, as it stood at the period's end, with the items' scores in this period: for a
     * measure of an earlier period ({@code fromEarlierPeriod}), whether they rose since.
     */
    public record MeasureEntry(boolean fromEarlierPeriod, MeasureView measure, List<MeasuredItem> items) {
    }

    /**
     * An item (or question) a measure is for, scored in this period; {@code n} 0 and no score when nobody answered it.
     *
     * @param change against the previous period, for an item; null for a question or an item not asked then
     */
    public record MeasuredItem(String code, long n, Double score, boolean belowTarget, Change change) {
    }

    /** The previous period: how many answered and its projected EIT. */
    public record Comparison(Period period, long responses, Eit projectedEit) {
    }

    /**
     * A projected EIT in a table: n, score and grade band. The score and grade are null where a clerk cell is too
     * small to show, and the whole figure is null without ITA-scaled answers.
     */
    public record Eit(long n, Double score, GradeBand grade) {
    }

    /**
     * The survey per service, counter, division, clerk and mode (invited or open). Invited answers count under their
     * service, counter, division and clerk; open answers under their counter and mode only, so the rows of a
     * breakdown need not add up to the total. Rows are ranked by their projected EIT among those with at least
     * {@code rankMinAnswers} answers (ties share a rank, compared at two decimals), ranked rows first; modes are not
     * ranked.
     *
     * @param clerks null in the public version
     */
    public record Breakdowns(int rankMinAnswers, int clerkCellMinAnswers, List<Row> services, List<Row> counters,
            List<Row> divisions, List<Row> clerks, List<Row> modes) {
    }

    /**
     * One service, counter, division, clerk or mode.
     *
     * @param key the service prefix or counter number (at {@code servicePointCode}), the division code, the clerk's
     *        user name or the mode
     * @param n the responses behind the row
     * @param rank 1 = the highest projected EIT; null when not ranked (see the note)
     * @param questions each question's n and score; a clerk's cell under {@code clerkCellMinAnswers} has no score
     * @param noteTh why the row is not ranked or shows no score; null otherwise
     */
    public record Row(String key, String servicePointCode, String nameTh, String nameEn, long n, Integer rank,
            List<Cell> questions, Eit projectedEit, String noteTh, String noteEn) {
    }

    /** A question's figure in a breakdown row; {@code score} null where it may not be shown. */
    public record Cell(String code, long n, Double score) {
    }

    /**
     * Complaints filed in the period (for a service point: those naming it). Counts only: the other categories by
     * status; corruption complaints as one number for a whole fiscal half or year that has ended, and not at all for
     * other periods, so no report of a day, a running period or a status tells a single one apart.
     *
     * @param total every complaint counted here (without corruption ones when {@code corruption} is null)
     * @param counts categories other than corruption, by status
     * @param corruption corruption complaints whatever their status; null when the period is not an ended report
     *        period
     */
    public record Complaints(long total, List<ComplaintCount> counts, Long corruption) {
    }

    /**
     * The version for the public: the same aggregates (the appointments' counts and waits among them: nothing in them
     * is personal) without the clerk breakdown, the comments, the list of calls out
     * of order (their count stays) and the names of who recorded and progressed measures.
     */
    public ExecutiveReport publicVersion() {
        Breakdowns b = breakdowns;
        QueueReport.OutOfOrderCalls calls = new QueueReport.OutOfOrderCalls(queue.callsOutOfOrder().count(), List.of());
        List<MeasureEntry> anonymous = measures == null ? null
                : measures.stream().map(entry -> new MeasureEntry(entry.fromEarlierPeriod(),
                        entry.measure().withoutNames(), entry.items())).toList();
        return new ExecutiveReport(Audience.PUBLIC, period, scope, generatedAt, target, survey, anonymous,
                new Breakdowns(b.rankMinAnswers(), b.clerkCellMinAnswers(), b.services(), b.counters(), b.divisions(),
                        null, b.modes()),
                new QueueReport(queue.from(), queue.to(), queue.servicePointId(), queue.total(), queue.services(), calls),
                appointments, complaints, null, null);
    }
}
