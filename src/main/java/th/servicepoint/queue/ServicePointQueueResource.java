package th.servicepoint.queue;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import th.servicepoint.common.ProblemResponses;
import th.servicepoint.security.Role;

@Path("/api/v1/service-points/{sp}")
public class ServicePointQueueResource {

    private final TicketIssuer issuer;
    private final QueueBoard board;
    private final TicketLinks links;

    ServicePointQueueResource(TicketIssuer issuer, QueueBoard board, TicketLinks links) {
        this.issuer = issuer;
        this.board = board;
        this.links = links;
    }

    @POST
    @Path("tickets")
    @RolesAllowed({ Role.KIOSK, Role.CLERK, Role.ADMIN })
    @Operation(summary = "Issue a queue ticket", description = "Kiosks (device key) and clerks; 201 with the ticket, its tracking token and the address"
            + " its QR code carries (trackingUrl). Kiosks only within the service point's opening hours unless it allows"
            + " issuing outside them; staff at any time")
    @APIResponse(responseCode = "201", description = "Issued; Location is its public status", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    @SecurityRequirement(name = ProblemResponses.BASIC)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY_QUERY)
    @APIResponse(responseCode = "409", description = "SERVICE_INACTIVE, DAILY_CAP_REACHED: the service takes no tickets now; OUTSIDE_OPENING_HOURS: a kiosk"
            + " asked outside the service point's opening hours, which does not allow issuing then (staff may)")
    public Response issue(@PathParam("sp") String servicePoint, @Valid @NotNull IssueTicket request) {
        TicketView issued = issuer.issue(servicePoint, request);
        TicketView ticket = issued.withTrackingUrl(links.tracking(issued.trackingToken()));
        return Response.created(URI.create("/api/v1/tickets/" + ticket.trackingToken())).entity(ticket).build();
    }

    @GET
    @Path("queue")
    @RolesAllowed({ Role.ADMIN, Role.CLERK, Role.EXECUTIVE, Role.COMPLAINT_OFFICER, Role.DISPLAY })
    @Operation(summary = "The live queue: waiting per service and what each counter serves")
    @SecurityRequirement(name = ProblemResponses.BASIC)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY_QUERY)
    public QueueView queue(@PathParam("sp") String servicePoint) {
        return board.queue(servicePoint);
    }
}
