package th.servicepoint.catalog;

import java.util.List;

import th.servicepoint.site.Counter;
import th.servicepoint.site.CounterStatus;

/** A counter as an administrator sees it; status and clerk are read-only here (clerks change them). */
public record CounterDetail(long id, int number, String name, List<String> services, CounterStatus status,
        String clerk) {

    static CounterDetail of(Counter counter) {
        return new CounterDetail(counter.id, counter.number, counter.name,
                Service.servedAt(counter).stream().map(s -> s.prefix).toList(), counter.status,
                counter.clerk == null ? null : counter.clerk.username);
    }
}
