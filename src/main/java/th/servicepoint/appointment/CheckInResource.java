package th.servicepoint.appointment;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import th.servicepoint.common.ProblemResponses;
import th.servicepoint.queue.TicketView;
import th.servicepoint.security.Role;

/** Appointments at the service point: checking in at the kiosk or counter, and the day's bookings for staff. */
@Path("/api/v1/service-points/{sp}")
public class CheckInResource {

    private final CheckIns checkIns;
    private final AppointmentDesk desk;

    CheckInResource(CheckIns checkIns, AppointmentDesk desk) {
        this.checkIns = checkIns;
        this.desk = desk;
    }

    @POST
    @Path("check-ins")
    @RolesAllowed({ Role.KIOSK, Role.CLERK, Role.ADMIN })
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

    @GET
    @Path("appointments")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "The bookings of a day at the service point, in slot order", description = "Of one service"
            + " when service (its letter) is given. A code shows only its last four characters")
    @APIResponse(responseCode = "200", description = "The bookings", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentDesk.DayEntry.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such service point")
    @APIResponse(responseCode = "422", description = "INVALID: no date, or a service that is not one letter")
    public List<AppointmentDesk.DayEntry> day(@PathParam("sp") String servicePoint,
            @QueryParam("date") @NotNull LocalDate date,
            @QueryParam("service") @Pattern(regexp = "[A-Za-z]", message = "use one letter A-Z") String service) {
        return desk.day(servicePoint, date, service);
    }

    @POST
    @Path("appointments/{id}/no-show")
    @RolesAllowed({ Role.CLERK, Role.ADMIN })
    @Operation(summary = "Mark an appointment nobody came for", description = "Once the check-in grace after its slot's"
            + " start is over. It counts towards the agency's no-show block")
    @APIResponse(responseCode = "200", description = "Marked", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentDesk.DayEntry.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such service point or appointment there")
    @APIResponse(responseCode = "409", description = "APPOINTMENT_STATE: not booked (checked in, cancelled or marked"
            + " already); NOT_YET_MISSED: the citizen may still check in")
    public AppointmentDesk.DayEntry noShow(@PathParam("sp") String servicePoint, @PathParam("id") long id) {
        return desk.markNoShow(servicePoint, id);
    }
}
