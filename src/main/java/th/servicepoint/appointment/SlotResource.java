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
 * The free slots of a service's day. A class of its own with the whole path: JAX-RS matches a request to one resource
 * class first, and under {@code /api/v1} it would pick queue's {@code …/services} class, which has no such method (404).
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
