package th.servicepoint.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the ticket page asks before it offers the "notify me on this phone" button. */
@Path("/api/v1/web-push/key")
@Tag(name = "Companion")
public class WebPushKeyResource {

    private final WebPushSender sender;

    WebPushKeyResource(WebPushSender sender) {
        this.sender = sender;
    }

    @GET
    @PermitAll
    @Operation(summary = "Whether this service sends web push and, when it does, the VAPID public key a browser "
            + "subscribes with (applicationServerKey)")
    public WebPushKey key() {
        return new WebPushKey(sender.configured(), sender.publicKey().orElse(null));
    }
}
