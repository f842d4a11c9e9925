package th.servicepoint.report.scoring;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An ITA indicator (6 quality, 7 communication, 8 improvement): the mean of its questions' scores. On the wire the
 * questions are named by code only, since the report lists them in full once.
 *
 * @param code the indicator number as text ("6"), so indicators, questions and items all have a code
 * @param n the smallest n among its questions
 */
public record IndicatorScore(String code, int indicator, String nameTh, String nameEn, long n, double score,
        @JsonIgnore List<QuestionScore> questions, boolean belowTarget) {

    static IndicatorScore of(int indicator, long n, double score, List<QuestionScore> questions, boolean belowTarget) {
        return new IndicatorScore(String.valueOf(indicator), indicator, nameTh(indicator), nameEn(indicator), n, score,
                questions, belowTarget);
    }

    @JsonProperty
    public List<String> questionCodes() {
        return questions.stream().map(QuestionScore::code).toList();
    }

    /** The names the ITA manual and the seed give indicators 6–8; the questionnaire allows no others. */
    private static String nameTh(int indicator) {
        return switch (indicator) {
            case 6 -> "คุณภาพการดำเนินงาน";
            case 7 -> "ประสิทธิภาพการสื่อสาร";
            case 8 -> "การปรับปรุงระบบการทำงาน";
            default -> "ตัวชี้วัดที่ " + indicator;
        };
    }

    private static String nameEn(int indicator) {
        return switch (indicator) {
            case 6 -> "Quality of operations";
            case 7 -> "Effectiveness of communication";
            case 8 -> "Improvement of the work system";
            default -> "Indicator " + indicator;
        };
    }
}
