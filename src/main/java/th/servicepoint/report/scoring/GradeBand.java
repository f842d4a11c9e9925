package th.servicepoint.report.scoring;

/** ITA grade bands on the 0–100 score, compared at two decimals as ITA publishes them. */
public enum GradeBand {

    AA(95),
    A(85),
    B(75),
    C(65),
    D(55),
    E(50),
    F(0);

    private final double from;

    GradeBand(double from) {
        this.from = from;
    }

    /** The lowest score in the band. */
    public double from() {
        return from;
    }

    public static GradeBand of(double score) {
        double published = Statistics.round2(score);
        for (GradeBand band : values()) {
            if (published >= band.from) {
                return band;
            }
        }
        return F;
    }
}
