package th.servicepoint.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.RateLimited;
import th.servicepoint.queue.Ticket;
import th.servicepoint.queue.TicketLinks;

/**
 * A phone follows its ticket by web push: the ticket page sends the browser's push subscription. The tracking token in
 * the path is the only credential, as for the ticket's status.
 */
@Path("/api/v1/tickets/{trackingToken}/web-push")
@Tag(name = "Companion")
public class WebPushResource {

    private final Followers followers;
    private final WebPushSender sender;
    private final PushEndpoints endpoints;
    private final TicketLinks links;

    WebPushResource(Followers followers, WebPushSender sender, PushEndpoints endpoints, TicketLinks links) {
        this.followers = followers;
        this.sender = sender;
        this.endpoints = endpoints;
        this.links = links;
    }

    @POST
    @PermitAll
    @RateLimited("web-push")
    @Transactional
    @Operation(summary = "Follow the ticket by web push on this phone: the call-ahead, the call with its counter, a "
            + "transfer and, once served, the survey link. The same subscription again changes nothing")
    @APIResponse(responseCode = "204", description = "Following")
    @APIResponse(responseCode = "404", description = "TICKET_NOT_FOUND: no ticket has this tracking token (never "
            + "issued, or cleared by the retention period)")
    @APIResponse(responseCode = "409", description = "WEB_PUSH_OFF: this service does not send web push; "
            + "TICKET_FINISHED: the ticket was served or left the queue; TOO_MANY_FOLLOWERS: the ticket has as many "
            + "followers by web push as it may")
    @APIResponse(responseCode = "422", description = "INVALID: not a subscription this service sends to (errors[] "
            + "names endpoint: not https, not a browser's push service, an IP address or this machine; keys.p256dh: "
            + "not a 65-byte P-256 point; keys.auth: not 16 bytes)")
    public Response follow(@PathParam("trackingToken") String trackingToken,
            @Valid @NotNull PushSubscriptionForm subscription) {
        requireOn();
        Ticket ticket = ticket(trackingToken);
        WebPushAddress address = WebPushAddress.of(subscription, endpoints);
        followers.follow(ticket, FollowerChannel.WEB_PUSH, address.json());
        return Response.noContent().build();
    }

    @DELETE
    @PermitAll
    @RateLimited("web-push")
    @Transactional
    @Operation(summary = "Stop following the ticket by web push on this phone (the same subscription as sent to "
            + "follow); a subscription that was not following is no error")
    @APIResponse(responseCode = "204", description = "Not following")
    @APIResponse(responseCode = "404", description = "TICKET_NOT_FOUND: no ticket has this tracking token")
    public Response stop(@PathParam("trackingToken") String trackingToken,
            @Valid @NotNull PushSubscriptionForm subscription) {
        Ticket ticket = ticket(trackingToken);
        followers.stop(ticket.id, FollowerChannel.WEB_PUSH, WebPushAddress.addressOf(subscription));
        return Response.noContent().build();
    }

    private void requireOn() {
        if (!sender.configured()) {
            throw ProblemException.conflict("WEB_PUSH_OFF",
                    "หน่วยงานนี้ยังไม่ได้เปิดการแจ้งเตือนบนโทรศัพท์ (web push) ติดตามคิวได้จากหน้านี้ หรือช่องทางอื่นที่หน่วยงานเปิดไว้",
                    "This service does not send web push notifications; follow the ticket on this page, or another "
                            + "channel the agency offers");
        }
    }

    private Ticket ticket(String trackingToken) {
        return Ticket.byTrackingToken(trackingToken).orElseThrow(links::notFound);
    }
}
