package th.servicepoint.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import th.servicepoint.common.RunsIn;

/**
 * The queue as Prometheus sees it: tickets waiting and the longest current wait per active service, open counters per
 * service point. The figures come from the database, which every instance shares, so each instance reports the same
 * values (dashboards take the max over instances). They are read every {@code servicepoint.metrics.queue-refresh}
 * ({@link QueueSnapshot}) and held: a scrape runs no SQL. Each refresh adds the series of new services and service
 * points and drops those of deactivated services; a service nobody waits for shows 0.
 */
@ApplicationScoped
public class QueueGauges implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(QueueGauges.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration refreshEvery;
    private volatile QueueSnapshot snapshot = QueueSnapshot.NONE;
    private MultiGauge waiting;
    private MultiGauge longestWait;
    private MultiGauge openCounters;

    QueueGauges(EntityManager entityManager, Clock clock, QueueGaugeSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.refreshEvery = settings.queueRefresh();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        waiting = MultiGauge.builder("servicepoint.queue.waiting")
                .description("Tickets waiting on today's business day, per active service").register(registry);
        longestWait = MultiGauge.builder("servicepoint.queue.longest.wait").baseUnit("seconds")
                .description("How long the longest waiting ticket of today has waited since it arrived; 0 when none")
                .register(registry);
        openCounters = MultiGauge.builder("servicepoint.counters.open")
                .description("Counters open (not paused or closed), per service point").register(registry);
        Gauge.builder("servicepoint.queue.reading.age", this, QueueGauges::readingAge).strongReference(true)
                .baseUnit("seconds")
                .description("How old this instance's reading of the queue gauges is").register(registry);
    }

    /** Reads the queue again; a failed read keeps the last one (its age shows it) and is tried at the next refresh. */
    @Scheduled(identity = "queue-gauges", every = "${servicepoint.metrics.queue-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @RunsIn(RunsIn.Where.INSTALLATION)
    public synchronized void refresh() {
        QueueSnapshot read;
        try {
            read = QuarkusTransaction.requiringNew().call(() -> QueueSnapshot.read(entityManager, clock.instant()));
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the queue gauges, keeping the reading of %s and trying again in %s: %s",
                    snapshot.readAt(), refreshEvery, e);
            return;
        }
        snapshot = read;
        waiting.register(rows(read.services(), this::waitingOf), false);
        longestWait.register(rows(read.services(), this::longestWaitOf), false);
        openCounters.register(rows(read.openCounters(), this::openCountersOf), false);
    }

    /**
     * One row per key, whose value is looked up in the reading current at scrape time. Rows already registered are
     * kept ({@code overwrite} false), so a scrape never misses them while rows of keys gone are removed.
     */
    private Iterable<MultiGauge.Row<?>> rows(Map<Tags, ?> keys, ToDoubleFunction<Tags> value) {
        return keys.keySet().stream().<MultiGauge.Row<?>> map(tags -> MultiGauge.Row.of(tags, tags, value)).toList();
    }

    private double waitingOf(Tags service) {
        QueueSnapshot.ServiceQueue queue = snapshot.services().get(service);
        return queue == null ? Double.NaN : queue.waiting();
    }

    /** Counted to the scrape, so it grows between readings as the wait does. */
    private double longestWaitOf(Tags service) {
        QueueSnapshot.ServiceQueue queue = snapshot.services().get(service);
        if (queue == null) {
            return Double.NaN;
        }
        return queue.oldestQueuedAt() == null ? 0 : secondsSince(queue.oldestQueuedAt());
    }

    private double openCountersOf(Tags servicePoint) {
        Integer open = snapshot.openCounters().get(servicePoint);
        return open == null ? Double.NaN : open;
    }

    private double readingAge() {
        return snapshot.readAt() == null ? Double.NaN : secondsSince(snapshot.readAt());
    }

    private double secondsSince(Instant then) {
        return Math.max(0, Duration.between(then, clock.instant()).toMillis() / 1000.0);
    }
}
