package th.servicepoint.queue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import th.servicepoint.security.Role;

@Path("/api/v1/tickets")
public class TicketResource {

    private final QueueBoard board;
    private final TicketActions actions;

    TicketResource(QueueBoard board, TicketActions actions) {
        this.board = board;
        this.actions = actions;
    }

    @GET
    @Path("{trackingToken}")
    @PermitAll
    @Operation(summary = "Public status of a ticket, from the QR code printed on it")
    public PublicTicketStatus status(@PathParam("trackingToken") String trackingToken) {
        return board.status(trackingToken);
    }

    @POST
    @Path("{id}/recall")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    public TicketView recall(@PathParam("id") long id) {
        return actions.recall(id);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    public TicketView start(@PathParam("id") long id) {
        return actions.start(id);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    public TicketView complete(@PathParam("id") long id) {
        return actions.complete(id);
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    public TicketView noShow(@PathParam("id") long id) {
        return actions.noShow(id);
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Put a no-show ticket back in the queue at its old place, within the reactivate window")
    public TicketView reactivate(@PathParam("id") long id) {
        return actions.reactivate(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Cancel a waiting or called ticket; the body's reason is optional")
    public TicketView cancel(@PathParam("id") long id, @Valid OptionalReason body) {
        return actions.cancel(id, body == null ? null : body.reason());
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Move a ticket to another service's queue, keeping its number and arrival time")
    public TicketView transfer(@PathParam("id") long id, @Valid @NotNull Transfer body) {
        return actions.transfer(id, body.service());
    }
}
