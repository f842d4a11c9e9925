package th.servicepoint.catalog;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

@Path("/api/v1/admin/service-points/{sp}/counters")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class CounterAdminResource {

    private final CounterAdmin admin;

    CounterAdminResource(CounterAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "The counters of a service point with the prefixes each serves")
    public List<CounterDetail> list(@PathParam("sp") String servicePoint) {
        return admin.list(servicePoint);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One counter")
    public CounterDetail get(@PathParam("sp") String servicePoint, @PathParam("id") long id) {
        return admin.get(servicePoint, id);
    }

    @POST
    @Operation(summary = "Create a counter; 409 when the number is taken, 422 naming the valid prefixes for an unknown one")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CounterDetail.class)))
    @APIResponse(responseCode = "409", description = "COUNTER_EXISTS: the number is taken at this service point")
    public Response create(@PathParam("sp") String servicePoint, @Valid @NotNull CounterForm form) {
        CounterDetail created = admin.create(servicePoint, form);
        return Response.created(URI.create("/api/v1/admin/service-points/" + servicePoint + "/counters/"
                + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a counter's number, name and the services it serves")
    @APIResponse(responseCode = "409", description = "COUNTER_EXISTS: the number is taken at this service point")
    @APIResponseSchema(value = CounterDetail.class, responseCode = "200", responseDescription = "OK")
    public CounterDetail update(@PathParam("sp") String servicePoint, @PathParam("id") long id,
            @Valid @NotNull CounterForm form) {
        return admin.update(servicePoint, id, form);
    }
}
