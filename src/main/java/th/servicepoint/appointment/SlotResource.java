package th.servicepoint.appointment;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import th.servicepoint.common.RateLimited;

/**
 * The booking page's list of a day's slots. A class of its own under the service point's path: below
 * {@code /api/v1} (AppointmentResource) the request was matched to the classes of {@code /api/v1/service-points/{sp}}
 * first, which have no such method, and answered 404.
 */
@Path("/api/v1/service-points/{sp}/services/{service}/slots")
public class SlotResource {

    private final Bookings bookings;

    SlotResource(Bookings bookings) {
        this.bookings = bookings;
    }

    @GET
    @PermitAll
    @RateLimited("booking-slots")
    @Operation(summary = "The slots of a day a service takes bookings for", description = "Each with its start, end and"
            + " the bookings it still takes (0: full). Empty on a day the service point is closed or a closed day of"
            + " the agency. date: YYYY-MM-DD, from today to the service's booking horizon")
    @APIResponse(responseCode = "200", description = "The slots, in time order", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = Slot.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such service point")
    @APIResponse(responseCode = "409", description = "BOOKING_OFF: the service takes no bookings; SERVICE_INACTIVE")
    @APIResponse(responseCode = "422", description = "INVALID: no such service letter, or a date before today or"
            + " beyond the booking horizon")
    public List<Slot> slots(@PathParam("sp") String servicePoint, @PathParam("service") String service,
            @QueryParam("date") @NotNull LocalDate date) {
        return bookings.slots(servicePoint, service, date);
    }
}
