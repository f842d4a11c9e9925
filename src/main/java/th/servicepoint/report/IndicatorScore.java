package th.servicepoint.report;

import java.util.List;

/**
 * An ITA indicator (6 quality, 7 communication, 8 improvement): the mean of its questions' scores.
 *
 * @param n the smallest n among its questions
 */
public record IndicatorScore(int indicator, long n, double score, List<QuestionScore> questions,
        boolean belowTarget) {
}
