package th.servicepoint.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.servicepoint.common.FieldProblem;

/**
 * A citizen's answers checked against the questions they were asked (the whole questionnaire, or in the short form
 * the items the rotation chose): every bad field is named (field {@code answers.E1.1}), so the phone can point at each
 * question at once; good answers are scored. An answer to a question not asked is refused, so nobody adds answers to
 * the items they like.
 */
final class AnswerSheet {

    private final Questionnaire questionnaire;
    private final List<QuestionnaireItem> asked;
    private final SurveySettings.ItaPoints ita;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<SurveyAnswer> answers = new ArrayList<>();
    private final Set<String> flagged = new HashSet<>();

    private AnswerSheet(Questionnaire questionnaire, List<QuestionnaireItem> asked, SurveySettings.ItaPoints ita) {
        this.questionnaire = questionnaire;
        this.asked = asked;
        this.ita = ita;
    }

    /** @param asked the questionnaire's items this citizen was asked ({@link Questionnaire#asked}) */
    static AnswerSheet read(Questionnaire questionnaire, List<QuestionnaireItem> asked, Map<String, String> given,
            SurveySettings.ItaPoints ita) {
        AnswerSheet sheet = new AnswerSheet(questionnaire, asked, ita);
        given.forEach(sheet::answer);
        asked.stream().filter(item -> item.required && !item.isParent())
                .filter(item -> isBlank(given.get(item.code)) && !sheet.flagged.contains(item.code))
                .forEach(item -> sheet.problem(item.code, "กรุณาตอบข้อนี้", "Please answer this question"));
        return sheet;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** The scored answers; only meaningful when there are no problems. */
    List<SurveyAnswer> answers() {
        return answers;
    }

    private void answer(String code, String value) {
        QuestionnaireItem item = questionnaire.item(code).orElse(null);
        if (item == null) {
            problem(code, "ไม่มีข้อ " + code + " ในแบบประเมินนี้", "There is no question " + code + " in this survey");
        } else if (item.isParent()) {
            String subItems = String.join(", ", subItemsOf(code));
            problem(code, "ข้อ " + code + " เป็นหัวข้อ กรุณาตอบข้อย่อย " + subItems,
                    code + " is a heading; answer its sub-questions " + subItems);
        } else if (!asked.contains(item)) {
            problem(code, "ข้อ " + code + " ไม่ได้อยู่ในชุดคำถามที่ท่านได้รับ กรุณาตอบเฉพาะข้อที่แสดง",
                    code + " was not asked in your survey; answer only the questions shown");
        } else if (!isBlank(value)) {
            score(item, value);
        }
    }

    private void score(QuestionnaireItem item, String value) {
        item.scale.option(value, ita).ifPresentOrElse(option -> {
            SurveyAnswer answer = new SurveyAnswer();
            answer.itemCode = item.code;
            answer.value = option.value();
            answer.points = option.points();
            answers.add(answer);
        }, () -> {
            String allowed = String.join(", ", item.scale.options(ita).stream().map(ScaleOption::value).toList());
            problem(item.code, "คำตอบ '" + value + "' ใช้ไม่ได้ เลือกได้: " + allowed,
                    "'" + value + "' is not an answer to this question; use one of: " + allowed);
        });
    }

    private List<String> subItemsOf(String code) {
        return questionnaire.items.stream().filter(item -> code.equals(item.parentCode)).map(item -> item.code)
                .toList();
    }

    private void problem(String code, String messageTh, String message) {
        flagged.add(code);
        problems.add(new FieldProblem("answers." + code, messageTh, message));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
