package th.servicepoint.catalog;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import th.servicepoint.agency.Agencies;
import th.servicepoint.agency.Agency;
import th.servicepoint.agency.AgencyClass;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
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
 * four counters, one account per role and a kiosk and a display key; beside it a small SAO of the same province with
 * one service point, and a platform and a provincial account. README lists the accounts.
 */
@ApplicationScoped
public class DemoData {

    public static final String SERVICE_POINT = "pao-hq";
    public static final String HOME_AGENCY = "pao-demo";
    public static final String SMALL_AGENCY = "sao-demo";
    public static final String SMALL_SERVICE_POINT = "sao-demo-hq";
    public static final String SMALL_AGENCY_ADMIN = "sao-admin";
    public static final String PROVINCE = "ตัวอย่าง";
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
        // citizens may join this one from their phone (/join/?sp=pao-hq): 20 a day, until an hour before closing
        personnel.remoteJoin = true;
        personnel.remoteDailyMax = 20;
        personnel.remoteOpensAt = LocalTime.of(8, 30);
        personnel.remoteClosesAt = LocalTime.of(15, 30);
        Counter first = counter(hq, 1, "ช่อง 1 การเงิน", Set.of(tax));
        counter(hq, 2, "ช่อง 2 การเงินและงานทั่วไป", Set.of(tax, general));
        counter(hq, 3, "ช่อง 3 งานช่าง", Set.of(permit));
        counter(hq, 4, "ช่อง 4 งานทั่วไปและงานบุคคล", Set.of(general, personnel));
        users();
        device("Demo kiosk", DeviceKind.KIOSK, "demo-kiosk", hq, null);
        device("Demo lobby display", DeviceKind.DISPLAY, "demo-display", hq, null);
        device("Demo counter 1 screen", DeviceKind.COUNTER, "demo-counter-1", hq, first);
        homeAgency();
        smallAgency();
        aboveAgencies();
        LOG.infof("Demo data loaded: service point %s, users admin/clerk1-4/exec/officer,"
                + " keys demo-kiosk/demo-display/demo-counter-1; agency %s with service point %s, users"
                + " sao-admin/sao-clerk/sao-exec, keys sao-kiosk/sao-display/sao-counter-1; users platform/provincial",
                SERVICE_POINT, SMALL_AGENCY, SMALL_SERVICE_POINT);
    }

    /** The home agency, which every demo row above went to, becomes the demo PAO. */
    private static void homeAgency() {
        Agency home = Agencies.ofScope();
        home.code = HOME_AGENCY;
        home.nameTh = "องค์การบริหารส่วนจังหวัดตัวอย่าง";
        home.nameEn = "Demo Provincial Administrative Organization";
        home.agencyClass = AgencyClass.PAO;
        home.province = PROVINCE;
    }

    /**
     * A small SAO of the same province with one service point and its own staff and keys. Its rows are written in its
     * own scope (the agency committed first), so the database files them under it as it does for any agency.
     */
    private void smallAgency() {
        Agency sao = QuarkusTransaction.requiringNew().call(() -> {
            Agency agency = new Agency();
            agency.code = SMALL_AGENCY;
            agency.nameTh = "องค์การบริหารส่วนตำบลตัวอย่าง";
            agency.nameEn = "Demo Subdistrict Administrative Organization";
            agency.agencyClass = AgencyClass.SAO;
            agency.province = PROVINCE;
            agency.district = "เมืองตัวอย่าง";
            agency.persist();
            return agency;
        });
        AgencyScopes.run(AgencyScope.of(sao.id), () -> QuarkusTransaction.requiringNew().run(() -> {
            Agencies.publishStockQuestionnaire();
            ServicePoint office = new ServicePoint();
            office.code = SMALL_SERVICE_POINT;
            office.nameTh = "องค์การบริหารส่วนตำบลตัวอย่าง ที่ทำการ";
            office.nameEn = "Demo Subdistrict Administrative Organization, office";
            office.address = "หมู่ 1 ตำบลตัวอย่าง อำเภอเมืองตัวอย่าง";
            office.issueOutsideHours = true;
            office.persist();
            Service tax = service(office, "A", "ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "Land and building tax",
                    division("FIN", "กองคลัง", "Finance Division"),
                    step(1, "ยื่นแบบและตรวจสอบเอกสาร", "Submit the form; documents checked", 5),
                    step(2, "ชำระเงินและรับใบเสร็จ", "Pay and receive the receipt", 5));
            Service general = service(office, "B", "ยื่นคำร้องทั่วไป", "General requests",
                    division("OPS", "สำนักปลัด", "Office of the Permanent Secretary"),
                    step(1, "รับเรื่องและลงทะเบียน", "Request received and registered", 5));
            Counter first = counter(office, 1, "ช่อง 1 การเงินและงานทั่วไป", Set.of(tax, general));
            counter(office, 2, "ช่อง 2 งานทั่วไป", Set.of(general));
            List.of(AppUser.demo(SMALL_AGENCY_ADMIN, "sao-admin", "ผู้ดูแลระบบ อบต.", Set.of(Role.ADMIN)),
                    AppUser.demo("sao-clerk", "clerk", "เจ้าหน้าที่ อบต.", Set.of(Role.CLERK)),
                    AppUser.demo("sao-exec", "exec", "ผู้บริหาร (ปลัด อบต.)", Set.of(Role.EXECUTIVE)))
                    .forEach(user -> user.persist());
            device("SAO kiosk", DeviceKind.KIOSK, "sao-kiosk", office, null);
            device("SAO lobby display", DeviceKind.DISPLAY, "sao-display", office, null);
            device("SAO counter 1 screen", DeviceKind.COUNTER, "sao-counter-1", office, first);
        }));
    }

    /** A platform operator and the province's provincial account, which belong to no agency. */
    private static void aboveAgencies() {
        AgencyScopes.run(AgencyScope.ALL_AGENCIES, () -> QuarkusTransaction.requiringNew().run(() -> {
            AppUser.demo("platform", "platform", "ผู้ดูแลแพลตฟอร์ม", Set.of(Role.PLATFORM)).persist();
            AppUser provincial = AppUser.demo("provincial", "provincial", "ผู้ใช้ระดับจังหวัด",
                    Set.of(Role.PROVINCIAL));
            provincial.province = PROVINCE;
            provincial.persist();
        }));
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
                AppUser.demo("admin", "admin", "ผู้ดูแลระบบ", Set.of(Role.ADMIN)),
                AppUser.demo("exec", "exec", "ผู้บริหาร (ปลัด อบจ.)", Set.of(Role.EXECUTIVE)),
                AppUser.demo("officer", "officer", "เจ้าหน้าที่รับเรื่องร้องเรียน", Set.of(Role.COMPLAINT_OFFICER))));
        for (int i = 1; i <= 4; i++) {
            users.add(AppUser.demo("clerk" + i, "clerk", "เจ้าหน้าที่ช่อง " + i, Set.of(Role.CLERK)));
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
