package th.servicepoint.survey;

import java.time.Instant;
import java.util.List;

/** A questionnaire version as the admin screen shows it, with its form (short by rotation, or full). */
public record QuestionnaireDetail(int version, QuestionnaireStatus status, Instant publishedAt, Instant retiredAt,
        QuestionnaireLength length, int rotationItems, List<Item> items) {

    public record Item(int position, String code, String parent, Integer indicator, Scale scale, boolean required,
            String textTh, String textEn) {
    }

    static QuestionnaireDetail of(Questionnaire questionnaire) {
        return new QuestionnaireDetail(questionnaire.version, questionnaire.status, questionnaire.publishedAt,
                questionnaire.retiredAt, questionnaire.length, questionnaire.rotationItems,
                questionnaire.items.stream().map(item -> new Item(item.position, item.code,
                        item.parentCode, item.indicator, item.scale, item.required, item.textTh, item.textEn))
                        .toList());
    }
}
