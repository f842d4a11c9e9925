package th.servicepoint.report.scoring;

/** How a five-level mean is read (4.21–5.00 มากที่สุด … 1.00–1.80 น้อยที่สุด), compared at two decimals. */
public enum LikertBand {

    HIGHEST(4.21, "มากที่สุด", "Highest"),
    HIGH(3.41, "มาก", "High"),
    MODERATE(2.61, "ปานกลาง", "Moderate"),
    LOW(1.81, "น้อย", "Low"),
    LOWEST(0, "น้อยที่สุด", "Lowest");

    private final double from;
    private final String labelTh;
    private final String labelEn;

    LikertBand(double from, String labelTh, String labelEn) {
        this.from = from;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    public static LikertBand of(double mean) {
        double published = Statistics.round2(mean);
        for (LikertBand band : values()) {
            if (published >= band.from) {
                return band;
            }
        }
        return LOWEST;
    }
}
