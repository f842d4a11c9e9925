package th.servicepoint.support;

import java.util.Map;

/**
 * An isolated service point made for one test: its code, the ids of its services (by prefix) and counters (by
 * number), its clerks (username → password {@link Fixtures#PASSWORD}), its own kiosk and display keys and a screen key per
 * counter.
 */
public record Site(String code, long id, Map<String, Long> services, Map<Integer, Long> counters,
        Map<Integer, String> clerks, String kioskKey, String displayKey, Map<Integer, String> counterKeys) {

    public long counter(int number) {
        return counters.get(number);
    }

    /** The COUNTER key of the screen above counter {@code number}, which opens that counter's socket only. */
    public String counterKey(int number) {
        return counterKeys.get(number);
    }

    /** The clerk made for counter {@code number} (clerks are numbered like the counters). */
    public String clerk(int number) {
        return clerks.get(number);
    }
}
