package th.servicepoint.report.scoring;

import java.util.Locale;

import th.servicepoint.survey.ItemTally;

/**
 * An item's score against the previous period. {@code significant} only when Welch's t-test on the per-answer points
 * gives p &lt; 0.05; {@code pValue} is null when a period has under two answers, which is never called a change.
 */
public record Change(double previousScore, long previousN, double difference, Double pValue, boolean significant,
        String sentenceTh, String sentenceEn) {

    static final double ALPHA = 0.05;

    static Change between(ItemTally previous, ItemTally current) {
        double p = Statistics.welchP(current.mean(), current.variance(), current.n(), previous.mean(),
                previous.variance(), previous.n());
        double difference = current.mean() - previous.mean();
        boolean testable = !Double.isNaN(p);
        boolean significant = testable && p < ALPHA;
        String scores = String.format(Locale.ROOT, "%.2f → %.2f", previous.mean(), current.mean());
        String th;
        String en;
        if (!testable) {
            th = String.format(Locale.ROOT,
                    "ไม่มีนัยสำคัญทางสถิติ: รอบใดรอบหนึ่งมีคำตอบน้อยกว่า 2 (n = %d และ %d) จึงทดสอบไม่ได้ (%s)",
                    previous.n(), current.n(), scores);
            en = String.format(Locale.ROOT,
                    "Not significant: a period has fewer than 2 answers (n = %d and %d), so it cannot be tested (%s)",
                    previous.n(), current.n(), scores);
        } else if (significant) {
            th = String.format(Locale.ROOT, "%s %.2f คะแนนจากรอบก่อน (%s) อย่างมีนัยสำคัญทางสถิติ (%s)",
                    difference > 0 ? "เพิ่มขึ้น" : "ลดลง", Math.abs(difference), scores, pText(p));
            en = String.format(Locale.ROOT, "%s %.2f points on the previous period (%s), significant at 5%% (%s)",
                    difference > 0 ? "Up" : "Down", Math.abs(difference), scores, pText(p));
        } else {
            th = String.format(Locale.ROOT,
                    "ต่างจากรอบก่อน %+.2f คะแนน (%s) แต่ไม่มีนัยสำคัญทางสถิติ (%s) จึงยังไม่ถือว่าเปลี่ยนแปลง", difference,
                    scores, pText(p));
            en = String.format(Locale.ROOT, "%+.2f points on the previous period (%s), not significant (%s): not a change",
                    difference, scores, pText(p));
        }
        return new Change(previous.mean(), previous.n(), difference, testable ? p : null, significant, th, en);
    }

    /** Three decimals would print a tiny p as 0.000, which reads as certainty. */
    private static String pText(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
