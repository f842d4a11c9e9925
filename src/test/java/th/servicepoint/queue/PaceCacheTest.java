package th.servicepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import th.servicepoint.support.TestClock;

/**
 * The pace cache keeps a service's pace for the configured time and then reads it again. Tests of the whole service
 * run with the cache off (PT0S) because they change counters and issue right away; this is where it is on.
 */
class PaceCacheTest {

    private final TestClock clock = new TestClock();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aPaceIsReusedUntilItExpiresThenReadAgain() {
        clock.set("2030-03-04T02:00:00Z");
        PaceCache cache = new PaceCache(Duration.ofSeconds(5), clock);
        assertEquals(1, cache.pace(7, this::read).openCounters());
        clock.advance(Duration.ofMillis(4999));
        assertEquals(1, cache.pace(7, this::read).openCounters(), "still within 5 s");
        assertEquals(2, cache.pace(8, this::read).openCounters(), "each service has its own entry");
        clock.advance(Duration.ofMillis(1));
        assertEquals(3, cache.pace(7, this::read).openCounters(), "5 s later it is read again");
        assertEquals(3, reads.get());
    }

    @Test
    void withZeroTimeEveryCallReads() {
        clock.set("2030-03-04T02:00:00Z");
        PaceCache cache = new PaceCache(Duration.ZERO, clock);
        cache.pace(7, this::read);
        cache.pace(7, this::read);
        assertEquals(2, reads.get());
    }

    /** A load whose open-counter count tells which read it came from. */
    private ServiceLoad read() {
        return new ServiceLoad(7, 0, reads.incrementAndGet(), 5);
    }
}
