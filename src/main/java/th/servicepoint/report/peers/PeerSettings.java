package th.servicepoint.report.peers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the agencies' figures are kept for the peer benchmarks and roll-ups; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.report.peers")
public interface PeerSettings {

    /**
     * When (Quartz cron, seconds first, Asia/Bangkok) {@link KeptAgencyFigures} computes again the figures the queue
     * fold ({@code servicepoint.queue.fold-cron}, hourly at :30) has moved on; {@code off} leaves them to be computed
     * only when a period has none yet. Read by its schedule.
     */
    @WithDefault("0 45 * * * ?")
    String keepCron();

    /** Agencies computed in one transaction: 200 take about 3.5 s at national size (bench/RESULTS.md). */
    @WithDefault("200")
    int keepPageSize();
}
