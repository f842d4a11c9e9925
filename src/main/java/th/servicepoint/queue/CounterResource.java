package th.servicepoint.queue;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import th.servicepoint.security.Role;
import th.servicepoint.site.CounterStatus;

@Path("/api/v1/counters/{id}")
@RolesAllowed({ Role.CLERK, Role.ADMIN })
public class CounterResource {

    private final CounterDesk desk;

    CounterResource(CounterDesk desk) {
        this.desk = desk;
    }

    @POST
    @Path("sign-in")
    @Operation(summary = "Sign the calling clerk in to this counter (and out of any other)")
    @APIResponse(responseCode = "200", description = "Signed in; the counter's state")
    @APIResponse(responseCode = "404", description = "No such counter")
    @APIResponse(responseCode = "409", description = "COUNTER_OCCUPIED: another clerk's ticket is called or served"
            + " there (they complete it or hand it back first); TICKET_AT_COUNTER: your own ticket at your other counter")
    public QueueView.CounterState signIn(@PathParam("id") long id) {
        return desk.signIn(id);
    }

    @POST
    @Path("hand-back")
    @Operation(summary = "Leave the counter handing its called or serving ticket back to the queue at its old place;"
            + " the counter closes. Its clerk, or an administrator when the clerk has gone away; audited")
    @APIResponse(responseCode = "200", description = "The counter, closed and without a clerk")
    @APIResponse(responseCode = "403", description = "You are not signed in to this counter")
    @APIResponse(responseCode = "404", description = "No such counter")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    public QueueView.CounterState handBack(@PathParam("id") long id) {
        return desk.handBack(id);
    }

    @POST
    @Path("sign-out")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = QueueView.CounterState.class, responseCode = "200", responseDescription = "OK")
    public QueueView.CounterState signOut(@PathParam("id") long id) {
        return desk.signOut(id);
    }

    @POST
    @Path("open")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = QueueView.CounterState.class, responseCode = "200", responseDescription = "OK")
    public QueueView.CounterState open(@PathParam("id") long id) {
        return desk.changeStatus(id, CounterStatus.OPEN);
    }

    @POST
    @Path("pause")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = QueueView.CounterState.class, responseCode = "200", responseDescription = "OK")
    public QueueView.CounterState pause(@PathParam("id") long id) {
        return desk.changeStatus(id, CounterStatus.PAUSED);
    }

    @POST
    @Path("close")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = QueueView.CounterState.class, responseCode = "200", responseDescription = "OK")
    public QueueView.CounterState close(@PathParam("id") long id) {
        return desk.changeStatus(id, CounterStatus.CLOSED);
    }

    @GET
    @Path("waiting")
    @Operation(summary = "The tickets waiting for this counter's services, in the order call-next would take them, and today's no-shows")
    public CounterQueue waiting(@PathParam("id") long id) {
        return desk.waiting(id);
    }

    @POST
    @Path("call-next")
    @Operation(summary = "Call the next ticket by the calling policy; 204 when nobody waits")
    @APIResponse(responseCode = "200", description = "The called ticket", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "204", description = "Nobody waits")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    public Response callNext(@PathParam("id") long id) {
        return desk.callNext(id).map(ticket -> Response.ok(ticket).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("tickets/{ticketId}/call")
    @Operation(summary = "Call a particular waiting ticket out of turn; a reason is required and recorded")
    @APIResponse(responseCode = "409", description = "TICKET_STATE, TICKET_AT_COUNTER, TICKET_FROM_PAST_DAY, COUNTER_NOT_OPEN, NO_CLERK, NOT_SERVED_HERE, SERVICE_INACTIVE, REACTIVATE_WINDOW_PASSED: the ticket or counter is not in a state that allows this")
    @APIResponseSchema(value = TicketView.class, responseCode = "200", responseDescription = "OK")
    public TicketView call(@PathParam("id") long id, @PathParam("ticketId") long ticketId,
            @Valid @NotNull Reason body) {
        return desk.callSpecific(id, ticketId, body.reason());
    }
}
