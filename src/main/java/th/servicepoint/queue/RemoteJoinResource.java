package th.servicepoint.queue;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import th.servicepoint.common.RateLimited;

/** Joining a queue from a phone: the public join page's two calls (docs/api.md, "Joining from a phone"). */
@Path("/api/v1/service-points/{sp}/remote-join")
public class RemoteJoinResource {

    private final RemoteJoining joining;

    RemoteJoinResource(RemoteJoining joining) {
        this.joining = joining;
    }

    @GET
    @PermitAll
    @RateLimited("remote-join-list")
    @Operation(summary = "Services of the service point a citizen may join from their phone", description = "Active services"
            + " whose agency opened remote joining, each with how many wait now, the wait estimate, open counters, when"
            + " joining is open (the opening hours narrowed to the service's window), whether it is open now and how"
            + " many remote tickets are left today. Empty when no service takes remote tickets")
    @APIResponse(responseCode = "200", description = "The services, by prefix", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = RemoteService.class)))
    public List<RemoteService> services(@PathParam("sp") String servicePoint) {
        return joining.offer(servicePoint);
    }

    @POST
    @Path("tickets")
    @PermitAll
    @RateLimited("remote-join")
    @Operation(summary = "Join a service's queue from a phone: a normal ticket of channel REMOTE", description = "For"
            + " citizens, without sign-in; the body names the service and the device secret the join page keeps (one"
            + " active remote ticket per device: WAITING, CALLED, or a no-show that may still be put back). 201 with"
            + " the ticket, its tracking token and trackingUrl, the page that follows it")
    @APIResponse(responseCode = "201", description = "Issued; Location is its public status", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: sent signed in as staff or with a device key (they issue"
            + " at the kiosk or counter; a remote ticket's page shows its survey link); FOREIGN_ORIGIN: sent by a page"
            + " of another site")
    @APIResponse(responseCode = "409", description = "REMOTE_JOIN_OFF: the service takes no remote tickets;"
            + " REMOTE_JOIN_CLOSED: outside the hours of remote joining (the detail says when it opens again);"
            + " REMOTE_SHARE_TAKEN: today's remote tickets of the service are all issued; REMOTE_TICKET_HELD: this"
            + " device holds an active remote ticket; DAILY_CAP_REACHED, SERVICE_INACTIVE: the service takes no"
            + " tickets now")
    @APIResponse(responseCode = "422", description = "INVALID: no such service letter at the service point, or a"
            + " device secret that is not 22 to 128 characters A-Z, a-z, 0-9, _ and -")
    public Response join(@PathParam("sp") String servicePoint, @Valid @NotNull RemoteJoinRequest request) {
        TicketView ticket = joining.join(servicePoint, request);
        return Response.created(URI.create("/api/v1/tickets/" + ticket.trackingToken())).entity(ticket).build();
    }
}
