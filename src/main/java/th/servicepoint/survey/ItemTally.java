package th.servicepoint.survey;

import java.util.Map;

/**
 * How one questionnaire item was answered in a period: {@code counts} of each answer value and the {@code points} each
 * value was stored with (answers keep the points they were given, so a later change of the ITA points does not rewrite
 * history). A {@link Scale#DONT_KNOW} answer is counted ({@link #dontKnow()}) but is no part of n, mean or variance.
 * Comes from one SQL aggregate per item; everything else in a report is computed from these.
 */
public record ItemTally(String code, String parentCode, Integer indicator, String scale, Map<String, Long> counts,
        Map<String, Integer> points) {

    public ItemTally {
        counts = Map.copyOf(counts);
        points = Map.copyOf(points);
        if (!points.keySet().containsAll(counts.keySet())) {
            throw new IllegalArgumentException("item " + code + ": every counted value needs its points");
        }
    }

    public Scale scaleKind() {
        return Scale.named(scale).orElseThrow(() -> new IllegalArgumentException("item " + code + ": scale " + scale));
    }

    /** The question the item scores for: its parent, or itself when it stands alone. */
    public String questionCode() {
        return parentCode == null ? code : parentCode;
    }

    /** The scored answers: every answer but {@link Scale#DONT_KNOW}. */
    public long n() {
        return counts.entrySet().stream().filter(e -> scored(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** The "don't know / first visit" answers, kept and counted apart from the score. */
    public long dontKnow() {
        return counts.entrySet().stream().filter(e -> !scored(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** Whether an entry of {@link #counts} (a value, or {@code value@points}) is scored. */
    public static boolean scored(String entry) {
        return !entry.equals(Scale.DONT_KNOW) && !entry.startsWith(Scale.DONT_KNOW + "@");
    }

    /** Mean points per answer; NaN with no answers. */
    public double mean() {
        return sumOfPoints(1) / n();
    }

    /** Sample variance of the points (n − 1); NaN under two answers. */
    public double variance() {
        long n = n();
        double mean = mean();
        return (sumOfPoints(2) - n * mean * mean) / (n - 1);
    }

    private double sumOfPoints(int power) {
        return counts.entrySet().stream().filter(e -> scored(e.getKey()))
                .mapToDouble(e -> e.getValue() * Math.pow(points.get(e.getKey()), power))
                .sum();
    }
}
