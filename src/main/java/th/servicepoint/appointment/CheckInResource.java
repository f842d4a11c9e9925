package th.servicepoint.appointment;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import th.servicepoint.queue.TicketView;
import th.servicepoint.security.Role;

/** Checking in an appointment at the kiosk or the counter. */
@Path("/api/v1/service-points/{sp}/check-ins")
public class CheckInResource {

    private final CheckIns checkIns;

    CheckInResource(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @POST
    @RolesAllowed({ Role.KIOSK, Role.CLERK, Role.ADMIN })
    @SecurityRequirement(name = ProblemResponses.BASIC)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY_QUERY)
    @Operation(summary = "Check in an appointment: a ticket of channel APPOINTMENT", description = "The kiosk sends"
            + " what its scanner read from the appointment's QR, or the code as typed; a clerk may do it at the"
            + " counter. The ticket is called at the slot's time, ahead of walk-ins. Its tracking token and address"
            + " are in the answer to a kiosk only (staff would hold the ticket's survey link)")
    @SecurityRequirement(name = ProblemResponses.BASIC)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY)
    @SecurityRequirement(name = ProblemResponses.DEVICE_KEY_QUERY)
    @APIResponse(responseCode = "201", description = "Checked in; the ticket", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a device of another service point")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such service point; APPOINTMENT_NOT_FOUND: no"
            + " appointment has this code")
    @APIResponse(responseCode = "409", description = "TOO_EARLY: come back from the time the detail gives; TOO_LATE:"
            + " past the grace period, take a ticket without an appointment; WRONG_SERVICE_POINT: the appointment is"
            + " at another service point (the detail names it); APPOINTMENT_CANCELLED; ALREADY_CHECKED_IN;"
            + " SERVICE_INACTIVE")
    @APIResponse(responseCode = "422", description = "INVALID: no code")
    public Response checkIn(@PathParam("sp") String servicePoint, @Valid @NotNull CheckIn request) {
        TicketView ticket = checkIns.checkIn(servicePoint, request.code());
        return Response.created(URI.create("/api/v1/tickets/" + ticket.id())).entity(ticket).build();
    }
}
