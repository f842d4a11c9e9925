package th.servicepoint.security;

/**
 * A device key was revoked: fired inside the revoking transaction, so whoever keeps the device connected (the screens'
 * sockets, in {@code live/}) can announce it to every instance once it commits and close what the key opened.
 */
public record DeviceKeyRevoked(long deviceId) {
}
