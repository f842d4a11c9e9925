package th.servicepoint.report.snapshot;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When and for what the half-year reports are made ({@link HalfYearRun}); defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.report.schedule")
public interface ReportScheduleSettings {

    /**
     * When the half that just closed is reported (Quartz cron, seconds first, in {@link #timeZone()}): 06:00 on
     * 1 April and 1 October. {@code off} disables the schedule.
     */
    @WithDefault("0 0 6 1 4,10 ?")
    String cron();

    @WithDefault("Asia/Bangkok")
    String timeZone();

    /** Besides the whole agency, a report for each service point. */
    @WithDefault("true")
    boolean servicePoints();

    /** How often unfinished runs (mail refused, an instance stopped midway) are tried again; {@code off}: never. */
    @WithDefault("1h")
    String retryEvery();

    /** How long an instance holds a run it works on before another may take it over. */
    @WithDefault("PT30M")
    Duration claim();

    /** Attempts at a run (snapshots and mail) before it is given up, with its last error kept. */
    @WithDefault("24")
    int attempts();
}
