package th.servicepoint.report.scoring;

/**
 * The mean of the indicator scores with its ITA grade band: the agency's own estimate of how its counters would fare
 * in the EIT, for planning. The survey mirrors EIT questions but is not the NACC's survey, so this is never an official
 * ITA score; {@code agencyEstimate} is always true and the note says so wherever the figure is shown.
 * <p>
 * Below {@code servicepoint.report.grade-min-answers} answers (DOMAIN.md: 30 per item at the level shown) neither score
 * nor grade is given, only n, and the note says there are not enough answers yet: one delighted respondent is not an
 * "AA".
 *
 * @param n the smallest n among the indicators
 * @param score null with fewer than the minimum answers
 * @param grade null with fewer than the minimum answers
 */
public record ProjectedEit(long n, Double score, GradeBand grade, boolean agencyEstimate, String noteTh,
        String noteEn) {

    public static final String NOTE_TH = "ค่าประมาณการของหน่วยงานเอง จากแบบประเมินที่จุดบริการ ไม่ใช่คะแนน ITA อย่างเป็นทางการของ ป.ป.ช.";
    public static final String NOTE_EN = "The agency's own estimate from its counter survey, not an official ITA score from the NACC.";

    static ProjectedEit of(long n, double score, int minAnswers) {
        if (n < minAnswers) {
            return new ProjectedEit(n, null, null, true, notEnoughTh(n, minAnswers), notEnoughEn(n, minAnswers));
        }
        return new ProjectedEit(n, score, GradeBand.of(score), true, NOTE_TH, NOTE_EN);
    }

    /** Whether there were enough answers to show the score and grade. */
    public boolean shown() {
        return score != null;
    }

    static String notEnoughTh(long n, int minAnswers) {
        return "ยังมีคำตอบไม่พอ: มีผู้ตอบ " + n + " ราย ต้องมีอย่างน้อย " + minAnswers
                + " รายต่อข้อ จึงจะแสดงคะแนน EIT คาดการณ์และระดับ";
    }

    static String notEnoughEn(long n, int minAnswers) {
        return "Not enough answers yet: " + n + " answers; the projected EIT and grade are shown from " + minAnswers
                + " answers per item";
    }
}
