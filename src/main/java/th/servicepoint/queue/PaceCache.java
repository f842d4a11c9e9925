package th.servicepoint.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps each service's pace (open counters, minutes per ticket) for {@code estimate-pace-cache}: it changes a few
 * times an hour, while kiosks ask for it with every ticket, and reading it costs a query over counters and recent
 * tickets. Only the pace of a cached {@link ServiceLoad} may be used: its waiting count is stale. One entry per
 * service, so the map stays as small as the catalog.
 */
@ApplicationScoped
public class PaceCache {

    private record Entry(ServiceLoad load, Instant expires) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Duration keep;
    private final Clock clock;

    @Inject
    PaceCache(QueueSettings settings, Clock clock) {
        this(settings.estimatePaceCache(), clock);
    }

    PaceCache(Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
    }

    /** The service's load with a pace at most {@code keep} old, read with {@code load} when older. */
    ServiceLoad pace(long serviceId, Supplier<ServiceLoad> load) {
        Instant now = clock.instant();
        Entry entry = entries.get(serviceId);
        if (entry == null || !now.isBefore(entry.expires())) {
            entry = new Entry(load.get(), now.plus(keep));
            entries.put(serviceId, entry);
        }
        return entry.load();
    }
}
