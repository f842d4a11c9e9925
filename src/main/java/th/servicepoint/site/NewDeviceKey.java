package th.servicepoint.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.servicepoint.security.DeviceKind;

/**
 * A kiosk or screen to register; without a service point code it may act at every service point. A COUNTER screen
 * names its counter (by id), and is bound to that counter and its service point.
 */
public record NewDeviceKey(
        @NotBlank @Size(max = 200) String name,
        @NotNull DeviceKind kind,
        String servicePoint,
        Long counter) {
}
