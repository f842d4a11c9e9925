package th.servicepoint.report.scoring;

import java.util.List;

/**
 * A period's survey, scored: questions in questionnaire order (items inside), the ITA indicators and the projected
 * EIT (null when no item feeds an indicator).
 */
public record SurveyScores(double target, List<QuestionScore> questions, List<IndicatorScore> indicators,
        ProjectedEit projectedEit) {

    public List<ItemScore> items() {
        return questions.stream().flatMap(question -> question.items().stream()).toList();
    }

    /** The rows of the report's development table (ประเด็นที่ควรพัฒนา). */
    public List<ItemScore> itemsBelowTarget() {
        return items().stream().filter(ItemScore::belowTarget).toList();
    }

    public List<QuestionScore> questionsBelowTarget() {
        return questions.stream().filter(QuestionScore::belowTarget).toList();
    }
}
