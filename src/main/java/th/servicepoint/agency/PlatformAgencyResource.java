package th.servicepoint.agency;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.EnumParams;
import th.servicepoint.security.Role;

/** The platform operators' directory of agencies: list, create with a first administrator, change. */
@Path("/api/v1/platform/agencies")
@RolesAllowed(Role.PLATFORM)
@Tag(name = "Platform")
public class PlatformAgencyResource {

    private final Agencies agencies;

    PlatformAgencyResource(Agencies agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "Every agency by code with its number of service points; ?province= and ?agencyClass= filter")
    public List<AgencyView> list(@QueryParam("province") String province,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "PAO", "CITY", "TOWN",
                    "SUBDISTRICT_MUNICIPALITY", "SAO", "OTHER" })) @QueryParam("agencyClass") String agencyClass) {
        return agencies.list(province, EnumParams.optional(AgencyClass.class, "agencyClass", agencyClass));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One agency")
    public AgencyView get(@PathParam("code") String code) {
        return agencies.get(code);
    }

    @POST
    @Operation(summary = "Create an agency with its first administrator (ADMIN of the new agency) and the stock questionnaire; 409 when the code or the username is taken")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", description = "AGENCY_EXISTS: the code is taken; USER_EXISTS: the first administrator's username is taken")
    public Response create(@Valid @NotNull NewAgency request) {
        AgencyView created = agencies.create(request);
        return Response.created(URI.create("/api/v1/platform/agencies/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change an agency's names, class, province, district and report recipients (reportRecipients, at most 20 addresses; absent: unchanged), or deactivate it (the code stays): a deactivated agency's staff, devices and public addresses are refused until it is active again; 409 for deactivating the installation's first agency")
    @APIResponse(responseCode = "409", description = "HOME_AGENCY: the installation's first agency cannot be deactivated")
    @APIResponseSchema(value = AgencyView.class, responseCode = "200", responseDescription = "OK")
    public AgencyView update(@PathParam("code") String code, @Valid @NotNull AgencyForm form) {
        return agencies.update(code, form);
    }
}
