package th.servicepoint.security;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.Tokens;
import th.servicepoint.queue.AuditTrail;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.site.ServicePointAdmin;

/** Registers and revokes the keys of kiosks and screens; every change is audited. */
@ApplicationScoped
public class DeviceKeyAdmin {

    private final ServicePointAdmin servicePoints;
    private final AuditTrail audit;
    private final Clock clock;

    DeviceKeyAdmin(ServicePointAdmin servicePoints, AuditTrail audit, Clock clock) {
        this.servicePoints = servicePoints;
        this.audit = audit;
        this.clock = clock;
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
        device.createdAt = clock.instant();
        String key = Tokens.random();
        device.keyHash = DeviceKey.hash(key);
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

    private static Long servicePointId(DeviceKey device) {
        return device.servicePoint == null ? null : device.servicePoint.id;
    }

    private static String describe(DeviceKey device) {
        return device.kind + " '" + device.name + "' (id " + device.id + ")"
                + (device.servicePoint == null ? " at every service point" : " at " + device.servicePoint.code);
    }
}
