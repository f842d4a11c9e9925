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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

@Path("/api/v1/admin/divisions")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class DivisionAdminResource {

    private final DivisionAdmin admin;

    DivisionAdminResource(DivisionAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "All divisions (สำนัก/กอง)")
    public List<DivisionView> list() {
        return admin.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One division")
    public DivisionView get(@PathParam("id") long id) {
        return admin.get(id);
    }

    @POST
    @Operation(summary = "Create a division; 409 when the code is taken")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "409", description = "DIVISION_EXISTS: the code is taken")
    public Response create(@Valid @NotNull DivisionForm form) {
        DivisionView created = admin.create(form);
        return Response.created(URI.create("/api/v1/admin/divisions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a division's code and names; 409 when the new code is taken")
    @APIResponse(responseCode = "409", description = "DIVISION_EXISTS: the code is taken")
    @APIResponseSchema(value = DivisionView.class, responseCode = "200", responseDescription = "OK")
    public DivisionView update(@PathParam("id") long id, @Valid @NotNull DivisionForm form) {
        return admin.update(id, form);
    }
}
