package th.servicepoint.report.scoring;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the executive report judges scores and protects small groups; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.report")
public interface ReportSettings {

    /** Items and questions scoring under this (0–100, ITA scales) are flagged with a development point. */
    @WithDefault("95")
    double target();

    /**
     * Development points (ประเด็นที่ควรพัฒนา) by item or question code, replacing the defaults taken from the seed
     * ({@link DevelopmentPoints#SEED}). Codes with a dot are quoted: {@code servicepoint.report.development-points."E1.1"}.
     */
    Map<String, String> developmentPoints();

    /**
     * No projected EIT, grade, Likert band or below-target flag is shown from fewer answers per item at the level
     * shown (the agency, a service point, a breakdown row): only n and "not enough answers yet" (DOMAIN.md).
     */
    @WithDefault("30")
    int gradeMinAnswers();

    /** A service, counter, division or clerk with fewer answers in the period is shown but never ranked. */
    @WithDefault("30")
    int rankMinAnswers();

    /**
     * A figure of the peer benchmark (report/peers) is compared only when at least this many other active agencies of
     * the agency's class have it; with fewer, one peer's figure could be told from the median.
     */
    @WithDefault("5")
    int peerMinAgencies();

    /**
     * A clerk's row or cell with fewer answers shows its n and no score, so no answer can be traced back to one
     * visit.
     */
    @WithDefault("5")
    int clerkCellMinAnswers();

    /**
     * Seconds one report may take to compute before its transaction is rolled back (read by
     * {@code ExecutiveReports.build}); the default 60 s of other transactions is too short for
     * a large agency's
     * half-year on a busy or cold database.
     */
    @WithDefault("600")
    int transactionTimeout();

    /**
     * When the figures of the fiscal halves that are over are kept (Quartz cron, Asia/Bangkok, read by
     * {@code HalfKeeping}'s schedule); {@code off}: never, every report of a past half computes its figures.
     */
    @WithDefault("0 50 * * * ?")
    String keptHalvesCron();
}
