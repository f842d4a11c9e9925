package th.servicepoint.appointment;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import th.servicepoint.security.Role;

/** The day's bookings of a service point, for its clerks and administrators. */
@Path("/api/v1/service-points/{sp}/appointments")
public class AppointmentDayResource {

    private final AppointmentDesk desk;

    AppointmentDayResource(AppointmentDesk desk) {
        this.desk = desk;
    }

    @GET
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
    @Path("{id}/no-show")
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
