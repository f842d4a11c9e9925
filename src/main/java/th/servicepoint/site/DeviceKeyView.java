package th.servicepoint.site;

import java.time.Instant;

import th.servicepoint.security.DeviceKind;

/**
 * A registered device as the admin screens list it; the key itself is never shown again. {@code counter} and
 * {@code counterNumber} only for a COUNTER screen.
 */
public record DeviceKeyView(long id, String name, DeviceKind kind, String servicePoint, Long counter,
        Integer counterNumber, boolean active, Instant createdAt) {

    static DeviceKeyView of(DeviceKey device) {
        return new DeviceKeyView(device.id, device.name, device.kind,
                device.servicePoint == null ? null : device.servicePoint.code,
                device.counter == null ? null : device.counter.id, device.counter == null ? null : device.counter.number,
                device.active, device.createdAt);
    }
}
