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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

@Path("/api/v1/admin/service-points/{sp}/services")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class ServiceAdminResource {

    private final ServiceAdmin admin;

    ServiceAdminResource(ServiceAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "All services of a service point, inactive ones included, with their published steps")
    public List<ServiceDetail> list(@PathParam("sp") String servicePoint) {
        return admin.list(servicePoint);
    }

    @GET
    @Path("{prefix}")
    @Operation(summary = "One service by its prefix letter")
    public ServiceDetail get(@PathParam("sp") String servicePoint, @PathParam("prefix") String prefix) {
        return admin.get(servicePoint, prefix);
    }

    @POST
    @Operation(summary = "Create a service with its steps; 409 when the prefix letter is taken at this service point")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ServiceDetail.class)))
    @APIResponse(responseCode = "409", description = "SERVICE_EXISTS: the prefix letter is taken at this service point")
    public Response create(@PathParam("sp") String servicePoint, @Valid @NotNull NewService request) {
        ServiceDetail created = admin.create(servicePoint, request);
        return Response.created(URI.create("/api/v1/admin/service-points/" + servicePoint + "/services/"
                + created.prefix())).entity(created).build();
    }

    @PUT
    @Path("{prefix}")
    @Operation(summary = "Change a service; the steps given replace the published ones; active=false stops new tickets")
    public ServiceDetail update(@PathParam("sp") String servicePoint, @PathParam("prefix") String prefix,
            @Valid @NotNull ServiceForm form) {
        return admin.update(servicePoint, prefix, form);
    }
}
