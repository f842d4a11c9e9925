package th.servicepoint.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

/** The agency's rule against booking and not coming (docs/operations.md, "Appointments"). */
@Path("/api/v1/admin/booking-rules")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class BookingRulesResource {

    private final BookingRulesAdmin rules;

    BookingRulesResource(BookingRulesAdmin rules) {
        this.rules = rules;
    }

    @GET
    @Operation(summary = "The caller's agency's no-show rule", description = "noShowLimit null: nobody is blocked")
    @APIResponseSchema(value = BookingRules.class, responseCode = "200", responseDescription = "The rule")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator, or an account of no agency")
    public BookingRules get() {
        return rules.get();
    }

    @PUT
    @Operation(summary = "Set the no-show rule", description = "After noShowLimit (1–20; null: off) missed"
            + " appointments within blockDays (1–365) days, a phone or contact may not book (409 BOOKING_BLOCKED) until"
            + " the earliest of those misses is blockDays old")
    @APIResponseSchema(value = BookingRules.class, responseCode = "200", responseDescription = "The rule as saved")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator, or an account of no agency")
    @APIResponse(responseCode = "422", description = "INVALID: noShowLimit out of 1–20, blockDays missing or out of"
            + " 1–365")
    public BookingRules change(@Valid @NotNull BookingRules given) {
        return rules.change(given);
    }
}
