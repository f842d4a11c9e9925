package th.servicepoint.survey;

import java.time.Instant;

/** One version in the list of versions. */
public record QuestionnaireSummary(int version, QuestionnaireStatus status, Instant publishedAt, Instant retiredAt,
        QuestionnaireLength length, int rotationItems, int items) {

    static QuestionnaireSummary of(Questionnaire questionnaire) {
        return new QuestionnaireSummary(questionnaire.version, questionnaire.status, questionnaire.publishedAt,
                questionnaire.retiredAt, questionnaire.length, questionnaire.rotationItems, questionnaire.items.size());
    }
}
