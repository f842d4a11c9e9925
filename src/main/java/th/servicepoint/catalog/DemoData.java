package th.servicepoint.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import th.servicepoint.common.RunsIn;
import th.servicepoint.security.AppUser;
import th.servicepoint.security.DeviceKeys;
import th.servicepoint.security.DeviceKind;
import th.servicepoint.security.Role;
import th.servicepoint.site.Counter;
import th.servicepoint.site.DeviceKey;
import th.servicepoint.site.Division;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.site.SetupLock;
import th.servicepoint.site.SetupSettings;

/**
 * A provincial administrative organization's head office to try the system with: four divisions, four services,
 * four counters, one account per role and a kiosk and a display key. README lists the accounts.
 */
@ApplicationScoped
public class DemoData {

    public static final String SERVICE_POINT = "pao-hq";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final SetupSettings settings;
    private final Clock clock;

    DemoData(SetupSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @RunsIn(RunsIn.Where.HOME_AGENCY)
    @Transactional
    void load(@Observes StartupEvent start) {
        if (!settings.demo()) {
            return;
        }
        SetupLock.hold();
        if (ServicePoint.count("code", SERVICE_POINT) > 0) {
            return;
        }
        ServicePoint hq = servicePoint();
        Service tax = service(hq, "A", "ชำระภาษีและค่าธรรมเนียม อบจ.", "PAO tax and fee payment",
                division("FIN", "กองคลัง", "Finance Division"),
                step(1, "ยื่นแบบและตรวจสอบเอกสาร", "Submit the form; documents checked", 5),
                step(2, "คำนวณภาษี", "Tax assessed", 5),
                step(3, "ชำระเงินและรับใบเสร็จ", "Pay and receive the receipt", 5));
        Service permit = service(hq, "B", "ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร", "Building permit",
                division("ENG", "กองช่าง", "Engineering Division"),
                step(1, "ยื่นคำขอและตรวจเอกสาร", "Submit the application; documents checked", 15),
                step(2, "ตรวจแบบแปลนเบื้องต้น", "Preliminary plan review", 20),
                step(3, "นัดวันตรวจสถานที่", "Site inspection appointment", 10));
        Service general = service(hq, "C", "ยื่นคำร้องทั่วไปและร้องเรียน", "General requests and complaints",
                division("OPS", "สำนักปลัด", "Office of the Permanent Secretary"),
                step(1, "รับเรื่องและลงทะเบียน", "Request received and registered", 5),
                step(2, "ส่งเรื่องให้หน่วยงานที่รับผิดชอบ", "Forwarded to the responsible unit", 5));
        Service personnel = service(hq, "D", "งานบุคคล ขอหนังสือรับรอง", "Personnel certificates",
                division("HR", "กองการเจ้าหน้าที่", "Personnel Division"),
                step(1, "ยื่นคำขอ", "Submit the request", 5),
                step(2, "ออกหนังสือรับรอง", "Certificate issued", 10));
        Counter first = counter(hq, 1, "ช่อง 1 การเงิน", Set.of(tax));
        counter(hq, 2, "ช่อง 2 การเงินและงานทั่วไป", Set.of(tax, general));
        counter(hq, 3, "ช่อง 3 งานช่าง", Set.of(permit));
        counter(hq, 4, "ช่อง 4 งานทั่วไปและงานบุคคล", Set.of(general, personnel));
        users();
        device("Demo kiosk", DeviceKind.KIOSK, "demo-kiosk", hq, null);
        device("Demo lobby display", DeviceKind.DISPLAY, "demo-display", hq, null);
        device("Demo counter 1 screen", DeviceKind.COUNTER, "demo-counter-1", hq, first);
        LOG.infof("Demo data loaded: service point %s, users admin/clerk1-4/exec/officer,"
                + " keys demo-kiosk/demo-display/demo-counter-1", SERVICE_POINT);
    }

    private ServicePoint servicePoint() {
        ServicePoint hq = new ServicePoint();
        hq.code = SERVICE_POINT;
        hq.nameTh = "องค์การบริหารส่วนจังหวัดตัวอย่าง สำนักงานใหญ่";
        hq.nameEn = "Example Provincial Administrative Organization, head office";
        hq.address = "ศาลากลางจังหวัด ถนนตัวอย่าง อำเภอเมือง";
        // office hours as most agencies keep them, but the demo kiosk issues at any hour, so the README's demo works
        // in the evening too (its tickets wait for a counter to open)
        hq.issueOutsideHours = true;
        hq.persist();
        return hq;
    }

    private static Division division(String code, String nameTh, String nameEn) {
        Division division = new Division();
        division.code = code;
        division.nameTh = nameTh;
        division.nameEn = nameEn;
        division.persist();
        return division;
    }

    private static ServiceStep step(int position, String titleTh, String titleEn, int minutes) {
        ServiceStep step = new ServiceStep();
        step.position = position;
        step.titleTh = titleTh;
        step.titleEn = titleEn;
        step.standardMinutes = minutes;
        return step;
    }

    private static Service service(ServicePoint sp, String prefix, String nameTh, String nameEn, Division division,
            ServiceStep... steps) {
        Service service = new Service();
        service.servicePoint = sp;
        service.prefix = prefix;
        service.nameTh = nameTh;
        service.nameEn = nameEn;
        service.division = division;
        for (ServiceStep step : steps) {
            step.service = service;
            service.steps.add(step);
        }
        service.persist();
        return service;
    }

    private static Counter counter(ServicePoint sp, int number, String name, Set<Service> services) {
        Counter counter = new Counter();
        counter.servicePoint = sp;
        counter.number = number;
        counter.name = name;
        services.forEach(service -> service.counters.add(counter));
        counter.persist();
        return counter;
    }

    private static void users() {
        List<AppUser> users = new ArrayList<>(List.of(
                AppUser.create("admin", "admin", "ผู้ดูแลระบบ", Set.of(Role.ADMIN)),
                AppUser.create("exec", "exec", "ผู้บริหาร (ปลัด อบจ.)", Set.of(Role.EXECUTIVE)),
                AppUser.create("officer", "officer", "เจ้าหน้าที่รับเรื่องร้องเรียน", Set.of(Role.COMPLAINT_OFFICER))));
        for (int i = 1; i <= 4; i++) {
            users.add(AppUser.create("clerk" + i, "clerk", "เจ้าหน้าที่ช่อง " + i, Set.of(Role.CLERK)));
        }
        users.stream().filter(u -> AppUser.byUsername(u.username).isEmpty()).forEach(u -> u.persist());
    }

    private void device(String name, DeviceKind kind, String key, ServicePoint sp, Counter counter) {
        DeviceKey device = new DeviceKey();
        device.name = name;
        device.kind = kind;
        device.keyHash = DeviceKeys.hash(key);
        device.servicePoint = sp;
        device.counter = counter;
        device.createdAt = clock.instant();
        device.persist();
    }
}
