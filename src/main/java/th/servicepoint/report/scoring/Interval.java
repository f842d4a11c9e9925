package th.servicepoint.report.scoring;

/** A 95% confidence interval. */
public record Interval(double low, double high) {

    /**
     * The interval cut to the scale's range: with few and spread answers the t interval reaches past what anyone can
     * score (−110 on a 0–100 item), which a reader takes for an error.
     */
    Interval within(double min, double max) {
        return new Interval(Math.max(min, low), Math.min(max, high));
    }
}
