package th.servicepoint.security;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's own accounts and the provincial ones; an agency's administrator never reaches these. */
@Path("/api/v1/platform/users")
@RolesAllowed(Role.PLATFORM)
@Tag(name = "Platform")
public class PlatformUserResource {

    private final UserAdmin admin;

    PlatformUserResource(UserAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "The accounts that belong to no agency: platform operators and provincial accounts")
    public List<UserView> list() {
        return admin.listAboveAgencies();
    }

    @POST
    @Operation(summary = "Create a platform (PLATFORM) or provincial (PROVINCIAL, with its province) account; 409 when the username is taken anywhere on the installation")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "USER_EXISTS: the username is taken")
    public Response create(@Valid @NotNull NewPlatformUser request) {
        UserView created = admin.createAboveAgencies(request);
        return Response.created(URI.create("/api/v1/platform/users")).entity(created).build();
    }
}
