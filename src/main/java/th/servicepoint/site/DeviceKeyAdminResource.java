package th.servicepoint.site;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

@Path("/api/v1/admin/device-keys")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class DeviceKeyAdminResource {

    private final DeviceKeyAdmin admin;

    DeviceKeyAdminResource(DeviceKeyAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "Registered kiosks and screens (never their keys)")
    public List<DeviceKeyView> list() {
        return admin.list();
    }

    @POST
    @Operation(summary = "Register a kiosk or screen; 201 with its key, shown this once. A COUNTER screen names its"
            + " counter (id) and may open only that counter's socket; 422 names a missing or wrong counter")
    @APIResponse(responseCode = "201", description = "Registered; the key is in the answer, this once", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedDeviceKey.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or wrong: name, kind, an unknown servicePoint,"
            + " a COUNTER without its counter, a counter at another service point, or a counter for a KIOSK or DISPLAY")
    public Response create(@Valid @NotNull NewDeviceKey request) {
        IssuedDeviceKey created = admin.create(request);
        return Response.created(URI.create("/api/v1/admin/device-keys/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a device key: the device is refused from its next request, and the screens it has open"
            + " are closed (code 4401) on every instance")
    @APIResponse(responseCode = "200", description = "The device, now inactive (revoking twice changes nothing)")
    @APIResponse(responseCode = "404", description = "No such device key")
    public DeviceKeyView revoke(@PathParam("id") long id) {
        return admin.revoke(id);
    }
}
