package th.servicepoint.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A device key as sent by a kiosk or a screen. */
public class DeviceKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public DeviceKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
