package th.servicepoint.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;
import th.servicepoint.site.DivisionAdmin;
import th.servicepoint.site.ServicePoint;

/** Creates and edits the services of a service point and their published steps; every change is audited. */
@ApplicationScoped
public class ServiceAdmin {

    private final Catalog catalog;
    private final DivisionAdmin divisions;
    private final AuditTrail audit;

    ServiceAdmin(Catalog catalog, DivisionAdmin divisions, AuditTrail audit) {
        this.catalog = catalog;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** Every service of the service point, inactive ones included, by prefix. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceDetail> list(String servicePointCode) {
        return catalog.services(ServicePoint.byCode(servicePointCode)).stream().map(ServiceDetail::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceDetail get(String servicePointCode, String prefix) {
        return ServiceDetail.of(require(ServicePoint.byCode(servicePointCode), prefix));
    }

    @Transactional
    public ServiceDetail create(String servicePointCode, NewService request) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        if (find(servicePoint, request.prefix()).isPresent()) {
            throw prefixTaken(request.prefix());
        }
        Service service = new Service();
        service.servicePoint = servicePoint;
        service.prefix = request.prefix();
        apply(service, request.form());
        UniqueKeys.write(service::persist, () -> prefixTaken(request.prefix()));
        audit.admin("SERVICE_CREATE", servicePoint.id, describe(service));
        return ServiceDetail.of(service);
    }

    @Transactional
    public ServiceDetail update(String servicePointCode, String prefix, ServiceForm form) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        Service service = require(servicePoint, prefix);
        apply(service, form);
        audit.admin("SERVICE_UPDATE", servicePoint.id, describe(service));
        return ServiceDetail.of(service);
    }

    private void apply(Service service, ServiceForm form) {
        String division = form.division() == null || form.division().isBlank() ? null : form.division();
        service.division = division == null ? null : divisions.byCode("division", division);
        service.nameTh = form.nameTh().strip();
        service.nameEn = form.nameEn().strip();
        service.dailyCap = form.dailyCap();
        service.active = form.active() == null || form.active();
        CallAhead callAhead = form.callAhead() == null ? CallAhead.DEFAULT : form.callAhead();
        service.callAheadTickets = callAhead.tickets();
        service.callAheadMinutes = callAhead.minutes();
        replaceSteps(service, form.steps() == null ? List.of() : form.steps());
    }

    /**
     * Rewrites the steps in place (position 1, 2, …) and drops the extra ones, so no two rows ever hold the same
     * position while Hibernate flushes.
     */
    private static void replaceSteps(Service service, List<StepForm> given) {
        List<ServiceStep> existing = service.steps;
        for (int i = 0; i < given.size(); i++) {
            ServiceStep step;
            if (i < existing.size()) {
                step = existing.get(i);
            } else {
                step = new ServiceStep();
                step.service = service;
                existing.add(step);
            }
            StepForm form = given.get(i);
            step.position = i + 1;
            step.titleTh = form.titleTh().strip();
            step.titleEn = form.titleEn().strip();
            step.standardMinutes = form.standardMinutes();
        }
        while (existing.size() > given.size()) {
            existing.remove(existing.size() - 1);
        }
    }

    private static ProblemException prefixTaken(String prefix) {
        return ProblemException.conflict("SERVICE_EXISTS",
                "จุดบริการนี้มีงานบริการรหัส " + prefix + " อยู่แล้ว กรุณาใช้ตัวอักษรอื่น",
                "This service point already has a service " + prefix + "; choose another letter");
    }

    private static Optional<Service> find(ServicePoint servicePoint, String prefix) {
        return Service.find("servicePoint = ?1 and prefix = ?2", servicePoint, prefix.toUpperCase(Locale.ROOT))
                .firstResultOptional();
    }

    private static Service require(ServicePoint servicePoint, String prefix) {
        return find(servicePoint, prefix).orElseThrow(
                () -> ProblemException.notFound("Service", "งานบริการ", servicePoint.code + "/" + prefix));
    }

    private static String describe(Service service) {
        return service.prefix + ": " + service.nameEn + (service.active ? "" : " (inactive)") + ", "
                + service.steps.size() + " steps, " + service.standardMinutes() + " min"
                + (service.dailyCap == null ? "" : ", cap " + service.dailyCap)
                + (service.division == null ? "" : ", division " + service.division.code);
    }
}
