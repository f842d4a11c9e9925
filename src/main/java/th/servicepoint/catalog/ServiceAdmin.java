package th.servicepoint.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.FieldProblem;
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
        RemoteJoin remote = form.remoteJoin() == null ? RemoteJoin.OFF : form.remoteJoin();
        requireUsable(remote, service.dailyCap, service.servicePoint);
        service.remoteJoin = remote.enabled();
        service.remoteSharePercent = remote.sharePercent();
        service.remoteDailyMax = remote.dailyMax();
        service.remoteOpensAt = remote.opensAt();
        service.remoteClosesAt = remote.closesAt();
        Booking booking = form.booking() == null ? Booking.OFF : form.booking().withDefaults();
        service.bookable = booking.enabled();
        service.slotMinutes = booking.slotMinutes();
        service.walkInPercent = booking.walkInPercent();
        service.bookAheadDays = booking.bookAheadDays();
    }

    /**
     * Remote joining settings that give a limit and a window that can open. Checked also while joining is off, so
     * that turning it on later needs nothing but the switch; a service whose cap is removed while remote joining is
     * on needs an absolute maximum instead of its share.
     */
    private static void requireUsable(RemoteJoin remote, Integer dailyCap, ServicePoint servicePoint) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((remote.opensAt() == null) != (remote.closesAt() == null)) {
            String field = remote.opensAt() == null ? "remoteJoin.opensAt" : "remoteJoin.closesAt";
            problems.add(new FieldProblem(field, "กรุณาระบุทั้งเวลาเริ่มและเวลาสิ้นสุดการรับคิวออนไลน์ หรือเว้นว่างทั้งสองช่อง",
                    "Give both the time remote joining opens and closes, or neither"));
        } else if (remote.hasWindow()) {
            if (!remote.opensAt().isBefore(remote.closesAt())) {
                problems.add(new FieldProblem("remoteJoin.closesAt",
                        "เวลาสิ้นสุดการรับคิวออนไลน์ต้องหลังเวลาเริ่ม", "Remote joining must close after it opens"));
            } else if (remote.opensAt().isBefore(servicePoint.opensAt)
                    || remote.closesAt().isAfter(servicePoint.closesAt)) {
                String hours = servicePoint.opensAt + "–" + servicePoint.closesAt;
                problems.add(new FieldProblem("remoteJoin.opensAt",
                        "ช่วงเวลารับคิวออนไลน์ต้องอยู่ภายในเวลาทำการของจุดบริการ (" + hours + " น.)",
                        "The remote joining window must lie within the service point's opening hours (" + hours
                                + ")"));
            }
        }
        if (remote.enabled() && dailyCap == null && remote.dailyMax() == null) {
            problems.add(new FieldProblem("remoteJoin.dailyMax",
                    "งานบริการที่ไม่จำกัดจำนวนบัตรต่อวันต้องกำหนดจำนวนบัตรคิวออนไลน์สูงสุดต่อวัน",
                    "A service with no daily cap needs a maximum of remote tickets a day"));
        } else if (remote.enabled() && remote.sharePercent() == null && remote.dailyMax() == null) {
            problems.add(new FieldProblem("remoteJoin.sharePercent",
                    "กรุณากำหนดสัดส่วนบัตรคิวออนไลน์ (ร้อยละของจำนวนบัตรสูงสุดต่อวัน) หรือจำนวนสูงสุดต่อวัน",
                    "Give the remote share (percent of the daily cap) or a maximum a day"));
        } else if (remote.enabled() && remote.dailyLimit(dailyCap) < 1) {
            problems.add(new FieldProblem("remoteJoin.sharePercent",
                    "สัดส่วนนี้ของจำนวนบัตรสูงสุดต่อวัน (" + dailyCap + " ใบ) ไม่ได้บัตรคิวออนไลน์เลยแม้แต่ใบเดียว",
                    "This share of the daily cap (" + dailyCap + ") gives not even one remote ticket"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
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
                + (service.division == null ? "" : ", division " + service.division.code)
                + (service.remoteJoin ? ", remote joining " + service.remoteJoining().dailyLimit(service.dailyCap)
                        + "/day" + (service.remoteOpensAt == null ? ""
                                : " " + service.remoteOpensAt + "-" + service.remoteClosesAt)
                        : "")
                + (service.bookable ? ", booking " + service.booking().slotMinutes(service.standardMinutes())
                        + " min slots, walk-in " + service.walkInPercent + "%" : "");
    }
}
