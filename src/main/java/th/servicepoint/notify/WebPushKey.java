package th.servicepoint.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether this service sends web push, and the key a browser subscribes with.
 *
 * @param publicKey the VAPID public key (base64url), the {@code applicationServerKey} of {@code
 *        PushManager.subscribe}; null when web push is off
 */
public record WebPushKey(boolean enabled,
        @Schema(description = "The VAPID public key, base64url (65 bytes); null when web push is off") String publicKey) {
}
