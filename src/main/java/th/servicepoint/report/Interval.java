package th.servicepoint.report;

/** A 95% confidence interval. */
public record Interval(double low, double high) {
}
