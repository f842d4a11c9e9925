package th.servicepoint.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.QrCodes;
import th.servicepoint.common.RateLimited;

/**
 * The survey link of a served ticket as a QR code, for the screen above the counter. The token is the credential,
 * and the image is as secret as the link: it may be kept by the browser that showed it, not by shared caches.
 */
@Path("/api/v1/survey-invitations/{token}")
@Tag(name = "Survey")
public class SurveyInvitationResource {

    private static final String CACHE = "private, max-age=3600";

    private final SurveyInvitations invitations;
    private final QrCodes codes;

    SurveyInvitationResource(SurveyInvitations invitations, QrCodes codes) {
        this.invitations = invitations;
        this.codes = codes;
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    @PermitAll
    @RateLimited("survey")
    @Operation(summary = "The survey link as a PNG QR code of size × size pixels (200–2000, default 300)")
    public Response png(@PathParam("token") String token,
            @QueryParam("size") @DefaultValue("300") @Min(QrCodes.MIN_SIZE) @Max(QrCodes.MAX_SIZE) int size) {
        return Response.ok(codes.png(invitations.urlOf(token), size)).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    @PermitAll
    @RateLimited("survey")
    @Operation(summary = "The survey link as an SVG QR code, to scale to any size")
    public Response svg(@PathParam("token") String token) {
        return Response.ok(codes.svg(invitations.urlOf(token))).header("Cache-Control", CACHE).build();
    }
}
