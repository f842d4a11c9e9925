package th.servicepoint.site;

import java.time.Instant;

import th.servicepoint.security.DeviceKind;

/**
 * A device just registered, with its key: shown this once (only a hash is stored), to be entered on the device as
 * header {@code X-Device-Key} or {@code ?key=}.
 */
public record IssuedDeviceKey(long id, String name, DeviceKind kind, String servicePoint, Long counter,
        Integer counterNumber, boolean active, Instant createdAt, String key) {

    static IssuedDeviceKey of(DeviceKeyView device, String key) {
        return new IssuedDeviceKey(device.id(), device.name(), device.kind(), device.servicePoint(), device.counter(),
                device.counterNumber(), device.active(), device.createdAt(), key);
    }
}
