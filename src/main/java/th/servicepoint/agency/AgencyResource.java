package th.servicepoint.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

/**
 * An agency's administrator and its own agency: its names and its report's recipients (class, province and code are the
 * platform's).
 */
@Path("/api/v1/admin/agency")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class AgencyResource {

    private final Agencies agencies;

    AgencyResource(Agencies agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "The administrator's own agency")
    public AgencyView get() {
        return agencies.own();
    }

    @PUT
    @Operation(summary = "Rename the administrator's own agency in Thai and English and set who gets its half-year report by mail (reportRecipients, at most 20 addresses; absent: unchanged)")
    public AgencyView change(@Valid @NotNull AgencyNames names) {
        return agencies.changeOwn(names);
    }
}
