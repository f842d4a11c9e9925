package th.servicepoint.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/**
 * Creates and edits the counters of a service point and the services each serves; every change is audited and shown
 * on the screens.
 */
@ApplicationScoped
public class CounterAdmin {

    private final Catalog catalog;
    private final AuditTrail audit;
    private final Event<CounterEdited> edits;

    CounterAdmin(Catalog catalog, AuditTrail audit, Event<CounterEdited> edits) {
        this.catalog = catalog;
        this.audit = audit;
        this.edits = edits;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CounterDetail> list(String servicePointCode) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        return Counter.<Counter> list("servicePoint = ?1 order by number", servicePoint).stream()
                .map(CounterDetail::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CounterDetail get(String servicePointCode, long id) {
        return CounterDetail.of(require(ServicePoint.byCode(servicePointCode), id));
    }

    @Transactional
    public CounterDetail create(String servicePointCode, CounterForm form) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        Counter counter = new Counter();
        counter.servicePoint = servicePoint;
        apply(counter, form);
        UniqueKeys.write(counter::persist, () -> numberTaken(form.number()));
        audit.admin("COUNTER_CREATE", servicePoint.id, describe(counter));
        edits.fire(new CounterEdited(counter));
        return CounterDetail.of(counter);
    }

    @Transactional
    public CounterDetail update(String servicePointCode, long id, CounterForm form) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        Counter counter = require(servicePoint, id);
        UniqueKeys.write(() -> apply(counter, form), () -> numberTaken(form.number()));
        audit.admin("COUNTER_UPDATE", servicePoint.id, describe(counter));
        edits.fire(new CounterEdited(counter));
        return CounterDetail.of(counter);
    }

    private void apply(Counter counter, CounterForm form) {
        List<Service> services = services(counter.servicePoint, form.services() == null ? List.of() : form.services());
        boolean taken = Counter.count("servicePoint = ?1 and number = ?2 and id <> ?3", counter.servicePoint,
                form.number(), counter.id == null ? -1L : counter.id) > 0;
        if (taken) {
            throw numberTaken(form.number());
        }
        counter.number = form.number();
        counter.name = form.name().strip();
        if (counter.id != null) {
            Service.servedAt(counter).forEach(service -> service.counters.remove(counter));
        }
        services.forEach(service -> service.counters.add(counter));
    }

    /** The services named by prefix, or a 422 on "services" that lists the prefixes of this service point. */
    private List<Service> services(ServicePoint servicePoint, List<String> prefixes) {
        Map<String, Service> byPrefix = catalog.services(servicePoint).stream()
                .collect(Collectors.toMap(s -> s.prefix, Function.identity()));
        List<String> unknown = new ArrayList<>();
        List<Service> chosen = new ArrayList<>();
        for (String prefix : prefixes) {
            Service service = byPrefix.get(prefix.strip().toUpperCase(Locale.ROOT));
            if (service == null) {
                unknown.add(prefix);
            } else if (!chosen.contains(service)) {
                chosen.add(service);
            }
        }
        if (!unknown.isEmpty()) {
            String known = byPrefix.isEmpty() ? "-" : String.join(", ", byPrefix.keySet().stream().sorted().toList());
            throw ProblemException.invalid("services",
                    "ไม่มีงานบริการรหัส " + String.join(", ", unknown) + " ที่จุดบริการนี้ รหัสที่ใช้ได้: " + known,
                    "No service " + String.join(", ", unknown) + " at this service point; valid prefixes: " + known);
        }
        chosen.sort(Comparator.comparing(s -> s.prefix));
        return chosen;
    }

    private static ProblemException numberTaken(int number) {
        return ProblemException.conflict("COUNTER_EXISTS", "จุดบริการนี้มีช่องบริการหมายเลข " + number + " อยู่แล้ว",
                "This service point already has a counter number " + number);
    }

    private static Counter require(ServicePoint servicePoint, long id) {
        return Counter.<Counter> find("servicePoint = ?1 and id = ?2", servicePoint, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Counter", "ช่องบริการ", id));
    }

    private static String describe(Counter counter) {
        return "counter " + counter.number + " (id " + counter.id + "): " + counter.name + ", serves "
                + Service.servedAt(counter).stream().map(s -> s.prefix).collect(Collectors.joining(","));
    }
}
