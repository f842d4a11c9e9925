package th.servicepoint.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A browser's push subscription as {@code PushSubscription.toJSON()} gives it.
 *
 * @param expirationTime when the browser will end the subscription (epoch milliseconds), mostly null; not kept, as a
 *        push service answers 410 for an ended subscription anyway
 */
@Schema(description = "The browser's PushSubscription.toJSON()")
public record PushSubscriptionForm(
        @Schema(description = "The push service's https address for this browser; only the browsers' push services "
                + "are accepted") @NotBlank @Size(max = 2048) String endpoint,
        @NotNull @Valid Keys keys,
        @Schema(description = "When the browser ends the subscription (epoch milliseconds), usually null; ignored") Long expirationTime) {

    public record Keys(
            @Schema(description = "The browser's P-256 public key: 65 bytes (an uncompressed point), base64url") @NotBlank @Size(max = 100) String p256dh,
            @Schema(description = "The browser's authentication secret: 16 bytes, base64url") @NotBlank @Size(max = 40) String auth) {
    }
}
