package th.servicepoint.queue;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How fresh the queue gauges are; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.metrics")
public interface QueueGaugeSettings {

    /**
     * How often each instance reads the queue gauges from the database (one statement); a scrape shows the last
     * reading, so scrapes cost no SQL. The schedule of {@link QueueGauges} reads it from the configuration.
     */
    Duration queueRefresh();
}
