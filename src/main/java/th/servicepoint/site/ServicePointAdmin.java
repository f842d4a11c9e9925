package th.servicepoint.site;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;

/** Creates and edits service points; every change leaves an audit row. */
@ApplicationScoped
public class ServicePointAdmin {

    static final List<String> WEEK = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final String DEFAULT_ZONE = "Asia/Bangkok";
    private static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 30);
    private static final LocalTime DEFAULT_CLOSES = LocalTime.of(16, 30);
    private static final List<String> DEFAULT_DAYS = WEEK.subList(0, 5);

    private final AuditTrail audit;

    ServicePointAdmin(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServicePointDetail> list() {
        return ServicePoint.<ServicePoint> listAll(Sort.by("code")).stream().map(ServicePointDetail::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServicePointDetail get(String code) {
        return ServicePointDetail.of(ServicePoint.byCode(code));
    }

    @Transactional
    public ServicePointDetail create(NewServicePoint request) {
        if (find(request.code()).isPresent()) {
            throw codeTaken(request.code());
        }
        ServicePoint servicePoint = new ServicePoint();
        servicePoint.code = request.code();
        apply(servicePoint, request.form());
        UniqueKeys.write(servicePoint::persist, () -> codeTaken(request.code()));
        audit.admin("SERVICE_POINT_CREATE", servicePoint.id, describe(servicePoint));
        return ServicePointDetail.of(servicePoint);
    }

    @Transactional
    public ServicePointDetail update(String code, ServicePointForm form) {
        ServicePoint servicePoint = ServicePoint.byCode(code);
        apply(servicePoint, form);
        audit.admin("SERVICE_POINT_UPDATE", servicePoint.id, describe(servicePoint));
        return ServicePointDetail.of(servicePoint);
    }

    /** For the other admin features: the service point named in a request body, if it exists. */
    public Optional<ServicePoint> find(String code) {
        return ServicePoint.find("code", code).firstResultOptional();
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("SERVICE_POINT_EXISTS", "มีจุดบริการรหัส '" + code + "' อยู่แล้ว กรุณาใช้รหัสอื่น",
                "A service point with code '" + code + "' already exists; choose another code");
    }

    private static void apply(ServicePoint servicePoint, ServicePointForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String zone = form.timeZone() == null || form.timeZone().isBlank() ? DEFAULT_ZONE : form.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", "ไม่รู้จักเขตเวลา '" + zone + "' ใช้ชื่อเช่น Asia/Bangkok",
                    "Unknown time zone '" + zone + "'; use a name such as Asia/Bangkok"));
        }
        LocalTime opens = form.opensAt() == null ? DEFAULT_OPENS : form.opensAt();
        LocalTime closes = form.closesAt() == null ? DEFAULT_CLOSES : form.closesAt();
        if (!closes.isAfter(opens)) {
            problems.add(new FieldProblem("closesAt", "เวลาปิดต้องหลังเวลาเปิด (" + opens + ")",
                    "The closing time must be after the opening time (" + opens + ")"));
        }
        List<String> days = openDays(form.openDays(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        servicePoint.nameTh = form.nameTh().strip();
        servicePoint.nameEn = form.nameEn().strip();
        servicePoint.address = form.address() == null || form.address().isBlank() ? null : form.address().strip();
        servicePoint.timeZone = zone;
        servicePoint.opensAt = opens;
        servicePoint.closesAt = closes;
        servicePoint.openDays = String.join(",", days);
        servicePoint.issueOutsideHours = Boolean.TRUE.equals(form.issueOutsideHours());
    }

    /** The open days in week order, without repeats; MON–FRI when not given. */
    private static List<String> openDays(List<String> given, List<FieldProblem> problems) {
        if (given == null) {
            return DEFAULT_DAYS;
        }
        List<String> upper = given.stream().map(d -> d == null ? "" : d.strip().toUpperCase(Locale.ROOT)).toList();
        List<String> unknown = upper.stream().filter(d -> !WEEK.contains(d)).toList();
        if (upper.isEmpty() || !unknown.isEmpty()) {
            problems.add(new FieldProblem("openDays",
                    "ต้องระบุวันเปิดอย่างน้อยหนึ่งวันจาก " + String.join(", ", WEEK),
                    "Give at least one open day out of " + String.join(", ", WEEK)));
            return List.of();
        }
        return WEEK.stream().filter(upper::contains).toList();
    }

    private static String describe(ServicePoint sp) {
        return sp.code + ": " + sp.nameEn + ", " + sp.timeZone + " " + sp.opensAt + "-" + sp.closesAt + " "
                + sp.openDays + (sp.issueOutsideHours ? ", kiosks issue outside hours" : "");
    }
}
