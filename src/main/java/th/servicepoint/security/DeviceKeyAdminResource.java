package th.servicepoint.security;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    public Response create(@Valid @NotNull NewDeviceKey request) {
        IssuedDeviceKey created = admin.create(request);
        return Response.created(URI.create("/api/v1/admin/device-keys/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a device key: the device is refused from its next request, and the screens it has open"
            + " are closed (code 4401) on every instance")
    public DeviceKeyView revoke(@PathParam("id") long id) {
        return admin.revoke(id);
    }
}
