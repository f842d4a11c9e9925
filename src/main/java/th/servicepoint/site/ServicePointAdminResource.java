package th.servicepoint.site;

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

@Path("/api/v1/admin/service-points")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class ServicePointAdminResource {

    private final ServicePointAdmin admin;

    ServicePointAdminResource(ServicePointAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "All service points with their time zone, hours and open days")
    public List<ServicePointDetail> list() {
        return admin.list();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One service point")
    public ServicePointDetail get(@PathParam("code") String code) {
        return admin.get(code);
    }

    @POST
    @Operation(summary = "Create a service point; 409 when the code is taken")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ServicePointDetail.class)))
    @APIResponse(responseCode = "409", description = "SERVICE_POINT_EXISTS: the code is taken")
    public Response create(@Valid @NotNull NewServicePoint request) {
        ServicePointDetail created = admin.create(request);
        return Response.created(URI.create("/api/v1/admin/service-points/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change a service point's names, address, time zone, hours, open days and whether its kiosks issue outside those hours (the code stays)")
    public ServicePointDetail update(@PathParam("code") String code, @Valid @NotNull ServicePointForm form) {
        return admin.update(code, form);
    }
}
