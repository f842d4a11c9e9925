package th.servicepoint.survey;

import java.time.Instant;

/** One version in the list of versions. */
public record QuestionnaireSummary(int version, QuestionnaireStatus status, Instant publishedAt, Instant retiredAt,
        int items) {

    static QuestionnaireSummary of(Questionnaire questionnaire) {
        return new QuestionnaireSummary(questionnaire.version, questionnaire.status, questionnaire.publishedAt,
                questionnaire.retiredAt, questionnaire.items.size());
    }
}
