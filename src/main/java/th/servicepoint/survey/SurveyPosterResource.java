package th.servicepoint.survey;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.QrCodes;
import th.servicepoint.security.Role;

/** A counter's survey poster (open mode) and its printable QR code. */
@Path("/api/v1/admin/counters/{id}/poster")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class SurveyPosterResource {

    private final SurveyPosters posters;

    SurveyPosterResource(SurveyPosters posters) {
        this.posters = posters;
    }

    @POST
    @Operation(summary = "Create the counter's poster link, replacing (deactivating) its previous one; 404 unknown counter")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PosterView.class)))
    public Response create(@PathParam("id") long counterId) {
        return Response.created(URI.create("/api/v1/admin/counters/" + counterId + "/poster"))
                .entity(posters.create(counterId)).build();
    }

    @GET
    @Operation(summary = "The counter's working poster link; 404 when it has none")
    public PosterView active(@PathParam("id") long counterId) {
        return posters.active(counterId);
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The poster's QR code as SVG, to print at any size")
    public String svg(@PathParam("id") long counterId) {
        return posters.svg(counterId);
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    @Operation(summary = "The poster's QR code as a square PNG of size pixels (200-2000, default 600); 422 outside")
    public byte[] png(@PathParam("id") long counterId,
            @QueryParam("size") @DefaultValue("600") @Min(QrCodes.MIN_SIZE) @Max(QrCodes.MAX_SIZE) int size) {
        return posters.png(counterId, size);
    }
}
