package th.servicepoint.report.tables;

import static th.servicepoint.report.tables.Cells.row;
import static th.servicepoint.report.tables.Cells.score;
import static th.servicepoint.report.tables.Cells.yes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.servicepoint.report.aggregate.ExecutiveReport.Flag;
import th.servicepoint.report.aggregate.ExecutiveReport.Survey;
import th.servicepoint.report.scoring.Change;
import th.servicepoint.report.scoring.Interval;
import th.servicepoint.report.scoring.ItemScore;
import th.servicepoint.report.scoring.QuestionScore;
import th.servicepoint.survey.ItemWording;
import th.servicepoint.survey.Scale;
import th.servicepoint.survey.ScaleOption;
import th.servicepoint.survey.SurveySettings;

/** The survey's sheets: indicators, questions with their items, how the answers spread and what falls below target. */
final class SurveyTables {

    private final Survey survey;
    private final SurveySettings.ItaPoints points;

    /** {@code points} only name the answers: their labels do not depend on the points a snapshot was scored with. */
    SurveyTables(Survey survey, SurveySettings.ItaPoints points) {
        this.survey = survey;
        this.points = points;
    }

    ReportTable indicators() {
        List<List<Object>> rows = survey.indicators().stream()
                .map(indicator -> row(indicator.code(), indicator.nameTh(), indicator.nameEn(), indicator.n(),
                        score(indicator.score()), yes(indicator.belowTarget()),
                        String.join(", ", indicator.questionCodes())))
                .toList();
        return new ReportTable("ตัวชี้วัด", List.of("ตัวชี้วัด (Indicator)", "ชื่อ", "Name", "n", "คะแนน (Score)",
                "ต่ำกว่าเป้าหมาย", "ข้อคำถาม (Questions)"), rows);
    }

    /** A question, then its sub-items; a question without sub-items is one row with its item's figures. */
    ReportTable questions() {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionScore question : survey.questions()) {
            List<ItemScore> items = question.items();
            if (items.size() == 1 && items.get(0).code().equals(question.code())) {
                rows.add(item("ข้อคำถาม", items.get(0)));
                continue;
            }
            rows.add(row("ข้อคำถาม", question.code(), wording(question.code()), ThaiLabels.of(question.scale()),
                    question.n(), score(question.score()), null, null, null, null, yes(question.belowTarget()),
                    question.developmentPoint(), null, null, null, null));
            items.forEach(item -> rows.add(item("ข้อย่อย", item)));
        }
        return new ReportTable("คะแนนรายข้อ",
                List.of("ระดับ", "รหัส (Code)", "ข้อคำถาม", "มาตรวัด (Scale)", "n", "คะแนน (Score)", "S.D.",
                        "ช่วงเชื่อมั่น 95% ต่ำ", "ช่วงเชื่อมั่น 95% สูง", "ระดับความพึงพอใจ", "ต่ำกว่าเป้าหมาย",
                        "ประเด็นที่ควรพัฒนา", "เทียบรอบก่อน (Change)", "p-value", "มีนัยสำคัญ",
                        "ไม่ทราบ/มาครั้งแรก ไม่นับคะแนน (Don't know)"),
                rows);
    }

    private List<Object> item(String level, ItemScore item) {
        Interval interval = item.interval();
        Change change = item.change();
        return row(level, item.code(), wording(item.code()), ThaiLabels.of(item.scale()), item.n(),
                score(item.score()), score(item.sd()), interval == null ? null : score(interval.low()),
                interval == null ? null : score(interval.high()),
                item.likertBand() == null ? null : item.likertBand().labelTh(), yes(item.belowTarget()),
                item.developmentPoint(), change == null ? null : change.sentenceTh(),
                change == null ? null : Cells.decimal(change.pValue(), 4),
                change == null ? null : yes(change.significant()),
                item.scale() == Scale.ITA4_COMPARED ? item.dontKnow() : null);
    }

    ReportTable distribution() {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionScore question : survey.questions()) {
            for (ItemScore item : question.items()) {
                item.distribution().forEach(share -> rows.add(row(item.code(), share.value(),
                        label(item.scale(), share.value()), share.points(), share.count(),
                        Cells.decimal(share.percent(), 2),
                        share.percentInterval() == null ? null : Cells.decimal(share.percentInterval().low(), 2),
                        share.percentInterval() == null ? null : Cells.decimal(share.percentInterval().high(), 2))));
            }
        }
        return new ReportTable("การกระจายคำตอบ", List.of("รหัสข้อ (Item)", "คำตอบ (Value)", "ความหมาย", "คะแนน (Points)",
                "จำนวน (Count)", "ร้อยละ", "ช่วงเชื่อมั่น 95% ต่ำ", "ช่วงเชื่อมั่น 95% สูง"), rows);
    }

    private String label(Scale scale, String value) {
        return scale.option(value, points).map(ScaleOption::labelTh).orElse(null);
    }

    /** ประเด็นที่ควรพัฒนา: questions first, then items, as the seed analysis lists them. */
    ReportTable belowTarget() {
        List<List<Object>> rows = new ArrayList<>();
        survey.belowTarget().questions().forEach(flag -> rows.add(flag("ข้อคำถาม", flag)));
        survey.belowTarget().items().forEach(flag -> rows.add(flag("ข้อย่อย", flag)));
        return new ReportTable("ประเด็นที่ควรพัฒนา",
                List.of("ระดับ", "รหัส (Code)", "ข้อคำถาม", "n", "คะแนน (Score)", "ประเด็นที่ควรพัฒนา"), rows);
    }

    private List<Object> flag(String level, Flag flag) {
        return row(level, flag.code(), wording(flag.code()), flag.n(), score(flag.score()), flag.developmentPoint());
    }

    private String wording(String code) {
        ItemWording found = wording(survey, code);
        return found == null ? null : found.textTh();
    }

    /** The wording of a code; null when the questionnaire no longer has it. */
    static ItemWording wording(Survey survey, String code) {
        Map<String, ItemWording> wording = survey.wording();
        return wording == null ? null : wording.get(code);
    }
}
