package th.servicepoint.report.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.TDistribution;

/** The few statistics the report shows; 95% throughout. */
public final class Statistics {

    /** The 97.5th percentile of the standard normal distribution. */
    private static final double Z = 1.959963984540054;

    /** Quantiles of t remembered up to this many degrees of freedom: a bounded map, whatever the answers. */
    private static final long REMEMBERED_DEGREES = 20_000;
    private static final Map<Long, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private Statistics() {
    }

    /** Half-up to two decimals, as ITA scores and Likert means are published and banded. */
    public static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Student's t interval on a mean; null under two answers, where there is no spread to estimate. */
    public static Interval meanInterval(double mean, double variance, long n) {
        if (n < 2) {
            return null;
        }
        double half = tQuantile(n - 1) * Math.sqrt(variance / n);
        return new Interval(mean - half, mean + half);
    }

    /**
     * The 97.5th percentile of Student's t with {@code degrees} degrees of freedom. A report asks it for every item of
     * every breakdown row (thousands in a large agency's), mostly for the same few n, and each costs a numeric
     * inversion: the usual ones are remembered.
     */
    private static double tQuantile(long degrees) {
        if (degrees > REMEMBERED_DEGREES) {
            return studentT(degrees).inverseCumulativeProbability(0.975);
        }
        return T_QUANTILES.computeIfAbsent(degrees, d -> studentT(d).inverseCumulativeProbability(0.975));
    }

    /** Without the random generator the distribution would make for sampling, which it is never asked for here. */
    private static TDistribution studentT(double degrees) {
        return new TDistribution(null, degrees);
    }

    /** Wilson score interval on a proportion, which stays inside 0–1 and behaves with small n; null with n = 0. */
    public static Interval wilson(long successes, long n) {
        if (n == 0) {
            return null;
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(centre - half, centre + half);
    }

    /**
     * Two-sided p-value of Welch's t-test (unequal variances) between two samples given by mean, variance and n. NaN
     * when either sample has under two answers. Two samples without spread differ for certain (p = 0) or not at all.
     */
    public static double welchP(double mean1, double variance1, long n1, double mean2, double variance2, long n2) {
        if (n1 < 2 || n2 < 2) {
            return Double.NaN;
        }
        double a = variance1 / n1;
        double b = variance2 / n2;
        if (a + b == 0) {
            return mean1 == mean2 ? 1 : 0;
        }
        double t = Math.abs(mean1 - mean2) / Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        return 2 * (1 - studentT(df).cumulativeProbability(t));
    }
}
