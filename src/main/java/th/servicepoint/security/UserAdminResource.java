package th.servicepoint.security;

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

@Path("/api/v1/admin/users")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class UserAdminResource {

    private final UserAdmin admin;

    UserAdminResource(UserAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "All staff accounts with their roles (never passwords)")
    public List<UserView> list() {
        return admin.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One staff account")
    public UserView get(@PathParam("username") String username) {
        return admin.get(username);
    }

    @POST
    @Operation(summary = "Create a staff account; password of 8 characters to 72 bytes (422 otherwise); 409 when the username is taken")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "USER_EXISTS: the username is taken")
    public Response create(@Valid @NotNull NewUser request) {
        UserView created = admin.create(request);
        return Response.created(URI.create("/api/v1/admin/users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change an account's name, roles, active flag and optionally its password; 409 for the last active administrator")
    @APIResponse(responseCode = "409", description = "LAST_ADMIN: the last active administrator would go")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "OK")
    public UserView update(@PathParam("username") String username, @Valid @NotNull UserChanges changes) {
        return admin.update(username, changes);
    }
}
