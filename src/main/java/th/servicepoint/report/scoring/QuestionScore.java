package th.servicepoint.report.scoring;

import java.util.List;

import th.servicepoint.survey.Scale;

/**
 * A question as ITA scores it: the mean of its sub-items' scores (E1 = mean of E1.1 and E1.2), or the item itself when
 * it has none.
 *
 * @param n the smallest n among its sub-items: the number of answers behind every part of the score. Respondents may
 *        skip a sub-item, so answers are not added up across sub-items.
 */
public record QuestionScore(String code, Integer indicator, Scale scale, long n, double score, List<ItemScore> items,
        boolean belowTarget, String developmentPoint) {
}
