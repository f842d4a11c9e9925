package th.servicepoint.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each client has in progress. A client is in the map only while it has requests in progress, so
 * the map holds no history.
 */
final class InFlightRequests {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** Counts one more request of {@code client}, or returns false (and counts nothing) when it has {@code cap}. */
    boolean tryEnter(String client, int cap) {
        boolean[] entered = { false };
        counts.compute(client, (id, count) -> {
            int now = count == null ? 0 : count;
            if (now >= cap) {
                return count;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    void leave(String client) {
        counts.computeIfPresent(client, (id, count) -> count <= 1 ? null : count - 1);
    }
}
