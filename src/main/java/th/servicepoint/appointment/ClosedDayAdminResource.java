package th.servicepoint.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

/** The agency's closed days (Thai public holidays) a year at a time: no slot is offered on them (docs/operations.md). */
@Path("/api/v1/admin/closed-days")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class ClosedDayAdminResource {

    private final ClosedDays closedDays;

    ClosedDayAdminResource(ClosedDays closedDays) {
        this.closedDays = closedDays;
    }

    @GET
    @Operation(summary = "The caller's agency's closed days of a calendar year", description = "year: the year CE"
            + " (2027, not 2570), 2000–2200; the days in date order")
    @APIResponseSchema(value = ClosedDaysOfYear.class, responseCode = "200", responseDescription = "The year's list")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator, or an account of no agency")
    @APIResponse(responseCode = "422", description = "INVALID: no year, or one out of 2000–2200")
    public ClosedDaysOfYear list(
            @QueryParam("year") @NotNull @Min(ClosedDays.FIRST_YEAR) @Max(ClosedDays.LAST_YEAR) Integer year) {
        return closedDays.list(year);
    }

    @PUT
    @Operation(summary = "Replace a year's closed days with the days given", description = "Days kept are renamed,"
            + " the others added or removed; an empty list clears the year. Bookings already made on a day now closed"
            + " stay booked. At most 100 days a year")
    @APIResponseSchema(value = ClosedDaysOfYear.class, responseCode = "200", responseDescription = "The year's list as saved")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator, or an account of no agency")
    @APIResponse(responseCode = "422", description = "INVALID: errors[].field names each bad row: days[i].day (none,"
            + " not in the year, or listed twice), days[i].nameTh (no Thai name); or a year out of 2000–2200")
    public ClosedDaysOfYear replace(@Valid @NotNull ClosedDaysOfYear list) {
        return closedDays.replace(list);
    }
}
