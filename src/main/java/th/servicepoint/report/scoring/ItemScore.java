package th.servicepoint.report.scoring;

import java.util.List;

import th.servicepoint.survey.Scale;

/**
 * One answered item in a period.
 *
 * @param score the mean points per answer: 0–100 on ITA4 and YES_NO (the ITA score), 1–5 on LIKERT5 (the mean)
 * @param sd sample standard deviation of the points
 * @param interval Student's t 95% interval on the score; null under two answers
 * @param likertBand how a LIKERT5 mean is read; null on the ITA scales
 * @param belowTarget an ITA-scaled score under the target (compared at two decimals); never set on LIKERT5
 * @param developmentPoint what to improve (ประเด็นที่ควรพัฒนา) when below target; null otherwise or when none is
 *        configured
 * @param change against the same item in the previous period; null when it was not asked then
 * @param dontKnow the "don't know / first visit" answers (ITA4_COMPARED items): counted here, no part of n, score,
 *        S.D., interval or distribution
 */
public record ItemScore(String code, String parentCode, Integer indicator, Scale scale, long n, double score, double sd,
        Interval interval, LikertBand likertBand, List<AnswerShare> distribution, boolean belowTarget,
        String developmentPoint, Change change, long dontKnow) {
}
