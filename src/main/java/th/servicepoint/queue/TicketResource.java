package th.servicepoint.queue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import th.servicepoint.common.QrCodes;
import th.servicepoint.security.Role;

@Path("/api/v1/tickets")
public class TicketResource {

    /** The token is the credential and the image as secret as the link: the browser may keep it, shared caches not. */
    private static final String QR_CACHE = "private, max-age=3600";

    private final QueueBoard board;
    private final TicketActions actions;
    private final TicketLinks links;
    private final QrCodes codes;

    TicketResource(QueueBoard board, TicketActions actions, TicketLinks links, QrCodes codes) {
        this.board = board;
        this.actions = actions;
        this.links = links;
        this.codes = codes;
    }

    @GET
    @Path("{trackingToken}")
    @PermitAll
    @Operation(summary = "Public status of a ticket, from the QR code printed on it")
    public PublicTicketStatus status(@PathParam("trackingToken") String trackingToken) {
        return board.status(trackingToken);
    }

    @GET
    @Path("{trackingToken}/qr.svg")
    @Produces("image/svg+xml")
    @PermitAll
    @Operation(summary = "The ticket's tracking address ({public-base-url}/ticket/?t=…) as an SVG QR code, as the kiosk prints it")
    public Response qrSvg(@PathParam("trackingToken") String trackingToken) {
        return Response.ok(codes.svg(links.trackingOf(trackingToken))).header("Cache-Control", QR_CACHE).build();
    }

    @GET
    @Path("{trackingToken}/qr.png")
    @Produces("image/png")
    @PermitAll
    @Operation(summary = "The ticket's tracking address as a PNG QR code of size × size pixels (200–2000, default 300)")
    public Response qrPng(@PathParam("trackingToken") String trackingToken,
            @QueryParam("size") @DefaultValue("300") @Min(QrCodes.MIN_SIZE) @Max(QrCodes.MAX_SIZE) int size) {
        return Response.ok(codes.png(links.trackingOf(trackingToken), size)).header("Cache-Control", QR_CACHE).build();
    }

    @POST
    @Path("{id}/recall")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView recall(@PathParam("id") long id) {
        return actions.recall(id);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView start(@PathParam("id") long id) {
        return actions.start(id);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView complete(@PathParam("id") long id) {
        return actions.complete(id);
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView noShow(@PathParam("id") long id) {
        return actions.noShow(id);
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Put a no-show ticket back in the queue at its old place, within the reactivate window")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView reactivate(@PathParam("id") long id) {
        return actions.reactivate(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Cancel a waiting or called ticket; the body, and its reason, are optional")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView cancel(@PathParam("id") long id,
            @RequestBody(required = false, description = "May be left out, with its Content-Type") @Valid OptionalReason body) {
        return actions.cancel(id, body == null ? null : body.reason());
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Move a ticket to another service's queue, keeping its number and arrival time")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView transfer(@PathParam("id") long id, @Valid @NotNull Transfer body) {
        return actions.transfer(id, body.service());
    }
}
