package th.servicepoint.report.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.servicepoint.survey.ItemTally;
import th.servicepoint.survey.Scale;

/**
 * Scores a period's survey the way ITA scores the EIT: item = mean points per answer, question = mean of its sub-items,
 * indicator = mean of its questions, projected EIT = mean of the indicators. Items and questions on the ITA scales
 * under the target are flagged with their development point. Pure: the caller brings the tallies.
 */
public class SurveyScoring {

    private final double target;
    private final DevelopmentPoints developmentPoints;
    private final int minAnswers;

    /**
     * @param minAnswers under this many answers an item, question or indicator gets no band and no flag, and the
     *        projected EIT no score and no grade
     */
    public SurveyScoring(double target, Map<String, String> developmentPoints, int minAnswers) {
        this.target = target;
        this.developmentPoints = new DevelopmentPoints(developmentPoints);
        this.minAnswers = minAnswers;
    }

    public SurveyScoring(ReportSettings settings) {
        this(settings.target(), settings.developmentPoints(), settings.gradeMinAnswers());
    }

    int minAnswers() {
        return minAnswers;
    }

    /**
     * @param current the period's tallies in questionnaire order
     * @param previous the previous period's tallies (empty when there is none), matched by item code for the change
     */
    public SurveyScores score(List<ItemTally> current, List<ItemTally> previous) {
        Map<String, ItemTally> before = answered(previous).stream()
                .collect(Collectors.toMap(ItemTally::code, Function.identity()));
        Map<String, List<ItemScore>> byQuestion = new LinkedHashMap<>();
        for (ItemTally tally : answered(current)) {
            byQuestion.computeIfAbsent(tally.questionCode(), code -> new ArrayList<>())
                    .add(item(tally, before.get(tally.code())));
        }
        List<QuestionScore> questions = byQuestion.entrySet().stream()
                .map(entry -> question(entry.getKey(), entry.getValue())).toList();
        List<IndicatorScore> indicators = indicators(questions);
        ProjectedEit eit = indicators.isEmpty() ? null
                : ProjectedEit.of(indicators.stream().mapToLong(IndicatorScore::n).min().orElseThrow(),
                        indicators.stream().mapToDouble(IndicatorScore::score).average().orElseThrow(), minAnswers);
        return new SurveyScores(target, questions, indicators, eit);
    }

    /** An item nobody answered has no score to show, so it is left out rather than shown as zero. */
    private static Interval onScale(Interval interval, Scale scale) {
        if (interval == null) {
            return null;
        }
        return scale.fiveLevels() ? interval.within(1, 5) : interval.within(0, 100);
    }

    private static List<ItemTally> answered(List<ItemTally> tallies) {
        return tallies.stream().filter(tally -> tally.n() > 0).toList();
    }

    private ItemScore item(ItemTally tally, ItemTally previous) {
        Scale scale = tally.scaleKind();
        long n = tally.n();
        double mean = tally.mean();
        // a single answer has no spread to estimate; 0 keeps the figure printable and the null interval says why
        double variance = n < 2 ? 0 : tally.variance();
        boolean below = enough(n) && belowTarget(scale, mean);
        return new ItemScore(tally.code(), tally.parentCode(), tally.indicator(), scale, n, mean, Math.sqrt(variance),
                onScale(Statistics.meanInterval(mean, variance, n), scale),
                scale.fiveLevels() && enough(n) ? LikertBand.of(mean) : null,
                distribution(tally), below,
                below ? developmentPoints.forCode(tally.code(), tally.questionCode()) : null,
                previous == null ? null : Change.between(previous, tally), tally.dontKnow());
    }

    private static List<AnswerShare> distribution(ItemTally tally) {
        long n = tally.n();
        return tally.points().entrySet().stream().filter(entry -> ItemTally.scored(entry.getKey()))
                .sorted(Map.Entry.<String, Integer> comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> {
                    long count = tally.counts().getOrDefault(entry.getKey(), 0L);
                    Interval share = Statistics.wilson(count, n);
                    return new AnswerShare(entry.getKey(), entry.getValue(), count, 100.0 * count / n,
                            new Interval(100 * share.low(), 100 * share.high()));
                }).toList();
    }

    private QuestionScore question(String code, List<ItemScore> items) {
        Scale scale = items.get(0).scale();
        // ITA4, ITA4_COMPARED and YES_NO all score 0–100; a five-level mean is on another scale
        if (items.stream().anyMatch(item -> item.scale().fiveLevels() != scale.fiveLevels())) {
            throw new IllegalArgumentException("question " + code + " mixes scales; its sub-items cannot be averaged");
        }
        double score = items.stream().mapToDouble(ItemScore::score).average().orElseThrow();
        long n = items.stream().mapToLong(ItemScore::n).min().orElseThrow();
        Integer indicator = items.stream().map(ItemScore::indicator).filter(Objects::nonNull).findFirst().orElse(null);
        boolean below = enough(n) && belowTarget(scale, score);
        return new QuestionScore(code, indicator, scale, n, score, items, below,
                below ? developmentPoints.forCode(code, code) : null);
    }

    /** Only ITA-scaled questions feed an indicator: a five-level mean is not on the 0–100 scale. */
    private List<IndicatorScore> indicators(List<QuestionScore> questions) {
        Map<Integer, List<QuestionScore>> byIndicator = questions.stream()
                .filter(question -> question.indicator() != null && !question.scale().fiveLevels())
                .collect(Collectors.groupingBy(QuestionScore::indicator, TreeMap::new, Collectors.toList()));
        return byIndicator.entrySet().stream().map(entry -> {
            double score = entry.getValue().stream().mapToDouble(QuestionScore::score).average().orElseThrow();
            long n = entry.getValue().stream().mapToLong(QuestionScore::n).min().orElseThrow();
            return IndicatorScore.of(entry.getKey(), n, score, entry.getValue(), enough(n) && belowTarget(score));
        }).toList();
    }

    /** A figure from fewer answers is shown with its n only: no band, no flag. */
    private boolean enough(long n) {
        return n >= minAnswers;
    }

    /** A five-level mean is not on the 0–100 scale the target is set on, so it is never flagged. */
    private boolean belowTarget(Scale scale, double score) {
        return !scale.fiveLevels() && belowTarget(score);
    }

    /** Compared at two decimals, as the score is published: 94.996 shows as 95.00 and is not flagged. */
    private boolean belowTarget(double score) {
        return Statistics.round2(score) < target;
    }
}
