package th.servicepoint.site;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.Tokens;
import th.servicepoint.security.DeviceKeyRevoked;
import th.servicepoint.security.DeviceKeys;
import th.servicepoint.security.DeviceKind;

/**
 * Registers and revokes the keys of kiosks and screens; every change is audited. A revocation is announced
 * ({@link DeviceKeyRevoked}), so the sockets the key opened are closed on every instance when it commits.
 */
@ApplicationScoped
public class DeviceKeyAdmin {

    private final ServicePointAdmin servicePoints;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<DeviceKeyRevoked> revocations;

    DeviceKeyAdmin(ServicePointAdmin servicePoints, AuditTrail audit, Clock clock, Event<DeviceKeyRevoked> revocations) {
        this.servicePoints = servicePoints;
        this.audit = audit;
        this.clock = clock;
        this.revocations = revocations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeviceKeyView> list() {
        return DeviceKey.<DeviceKey> listAll(Sort.by("id")).stream().map(DeviceKeyView::of).toList();
    }

    /** Registers a device with a new random key, returned this once. */
    @Transactional
    public IssuedDeviceKey create(NewDeviceKey request) {
        DeviceKey device = new DeviceKey();
        device.name = request.name().strip();
        device.kind = request.kind();
        device.servicePoint = servicePoint(request.servicePoint());
        device.counter = counter(request);
        if (device.counter != null) {
            device.servicePoint = device.counter.servicePoint;
        }
        device.createdAt = clock.instant();
        String key = Tokens.random();
        device.keyHash = DeviceKeys.hash(key);
        device.persist();
        audit.admin("DEVICE_KEY_CREATE", servicePointId(device), describe(device));
        return IssuedDeviceKey.of(DeviceKeyView.of(device), key);
    }

    /** Stops the key working at once; revoking a revoked key changes nothing. */
    @Transactional
    public DeviceKeyView revoke(long id) {
        DeviceKey device = DeviceKey.findById(id);
        if (device == null) {
            throw ProblemException.notFound("Device key", "รหัสอุปกรณ์", id);
        }
        if (device.active) {
            device.active = false;
            audit.admin("DEVICE_KEY_REVOKE", servicePointId(device), describe(device));
            revocations.fire(new DeviceKeyRevoked(device.id));
        }
        return DeviceKeyView.of(device);
    }

    private ServicePoint servicePoint(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return servicePoints.find(code.strip()).orElseThrow(() -> ProblemException.invalid("servicePoint",
                "ไม่พบจุดบริการรหัส '" + code + "'", "There is no service point '" + code + "'"));
    }

    /**
     * The counter a COUNTER screen is bound to, within the service point named (if one is); a 422 on "counter" when a
     * counter screen names none or another kind of device names one.
     */
    private static Counter counter(NewDeviceKey request) {
        boolean counterScreen = request.kind() == DeviceKind.COUNTER;
        if (request.counter() == null) {
            if (counterScreen) {
                throw ProblemException.invalid("counter", "จอหน้าช่องบริการต้องระบุช่องบริการที่จอนี้แสดง",
                        "A counter screen must name the counter it shows");
            }
            return null;
        }
        if (!counterScreen) {
            throw ProblemException.invalid("counter",
                    "ระบุช่องบริการได้เฉพาะจอหน้าช่องบริการ (COUNTER) ตู้กดบัตรคิวและจอในโถงไม่ผูกกับช่องบริการ",
                    "Only a counter screen (COUNTER) names a counter; kiosks and lobby displays are not bound to one");
        }
        Counter counter = Counter.findById(request.counter());
        if (counter == null) {
            throw ProblemException.invalid("counter", "ไม่พบช่องบริการรหัส " + request.counter(),
                    "There is no counter with id " + request.counter());
        }
        String servicePoint = request.servicePoint();
        if (servicePoint != null && !servicePoint.isBlank() && !servicePoint.strip().equals(counter.servicePoint.code)) {
            throw ProblemException.invalid("counter",
                    "ช่องบริการ " + counter.number + " อยู่ที่จุดบริการ " + counter.servicePoint.code + " ไม่ใช่ "
                            + servicePoint,
                    "Counter " + counter.number + " is at service point " + counter.servicePoint.code + ", not "
                            + servicePoint);
        }
        return counter;
    }

    private static Long servicePointId(DeviceKey device) {
        return device.servicePoint == null ? null : device.servicePoint.id;
    }

    private static String describe(DeviceKey device) {
        return device.kind + " '" + device.name + "' (id " + device.id + ")"
                + (device.servicePoint == null ? " at every service point" : " at " + device.servicePoint.code)
                + (device.counter == null ? "" : " counter " + device.counter.number);
    }
}
