package th.servicepoint.report;

import java.util.Locale;

/**
 * An item's score against the previous period. {@code significant} only when Welch's t-test on the per-answer points
 * gives p &lt; 0.05; {@code pValue} is NaN when a period has under two answers, and that is never called a change.
 */
public record Change(double previousScore, long previousN, double difference, double pValue, boolean significant,
        String sentenceTh, String sentenceEn) {

    static final double ALPHA = 0.05;

    static Change between(ItemTally previous, ItemTally current) {
        double p = Statistics.welchP(current.mean(), current.variance(), current.n(), previous.mean(),
                previous.variance(), previous.n());
        double difference = current.mean() - previous.mean();
        boolean significant = p < ALPHA;
        String scores = String.format(Locale.ROOT, "%.2f → %.2f", previous.mean(), current.mean());
        String th;
        String en;
        if (Double.isNaN(p)) {
            th = String.format(Locale.ROOT,
                    "ไม่มีนัยสำคัญทางสถิติ: รอบใดรอบหนึ่งมีคำตอบน้อยกว่า 2 (n = %d และ %d) จึงทดสอบไม่ได้ (%s)",
                    previous.n(), current.n(), scores);
            en = String.format(Locale.ROOT,
                    "Not significant: a period has fewer than 2 answers (n = %d and %d), so it cannot be tested (%s)",
                    previous.n(), current.n(), scores);
        } else if (significant) {
            th = String.format(Locale.ROOT, "%sขึ้น %.2f คะแนนจากรอบก่อน (%s) อย่างมีนัยสำคัญทางสถิติ (p = %.3f)",
                    difference > 0 ? "เพิ่ม" : "ลด", Math.abs(difference), scores, p);
            en = String.format(Locale.ROOT, "%s %.2f points on the previous period (%s), significant at 5%% (p = %.3f)",
                    difference > 0 ? "Up" : "Down", Math.abs(difference), scores, p);
        } else {
            th = String.format(Locale.ROOT,
                    "ต่างจากรอบก่อน %+.2f คะแนน (%s) แต่ไม่มีนัยสำคัญทางสถิติ (p = %.3f) จึงยังไม่ถือว่าเปลี่ยนแปลง",
                    difference,
                    scores, p);
            en = String.format(Locale.ROOT,
                    "%+.2f points on the previous period (%s), not significant (p = %.3f): not a change", difference,
                    scores, p);
        }
        return new Change(previous.mean(), previous.n(), difference, p, significant, th, en);
    }
}
