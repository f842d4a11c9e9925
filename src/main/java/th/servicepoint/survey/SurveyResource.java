package th.servicepoint.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import th.servicepoint.common.RateLimited;

/**
 * The citizen's side of the survey. The token in the link from the completed ticket, or in a counter's poster QR, is
 * the only credential.
 */
@Path("/api/v1/surveys")
@Tag(name = "Survey")
public class SurveyResource {

    private final Surveys surveys;
    private final StaffOrigin staff;

    SurveyResource(Surveys surveys, StaffOrigin staff) {
        this.surveys = surveys;
        this.staff = staff;
    }

    @GET
    @Path("{token}")
    @PermitAll
    @RateLimited("survey")
    @Operation(summary = "The questions this invitation asks (in the short form: overall satisfaction and the ITA items"
            + " the rotation chose when it was minted); 404 unknown, 409 answered, 410 expired")
    @APIResponse(responseCode = "409", description = "SURVEY_ANSWERED: the survey was answered already")
    @APIResponse(responseCode = "410", description = "SURVEY_EXPIRED: the invitation has expired")
    @APIResponseSchema(value = SurveyView.class, responseCode = "200", responseDescription = "OK")
    public SurveyView show(@PathParam("token") String token) {
        return surveys.show(token);
    }

    @POST
    @Path("{token}/responses")
    @PermitAll
    @RateLimited("survey")
    @Operation(summary = "Answer the survey once, exactly the items its view asked; 422 names each missing, invalid or"
            + " not-asked answer. An answer from a staff network or with staff credentials is kept but reported apart"
            + " from the citizens' figures")
    @APIResponse(responseCode = "201", description = "Answered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Thanks.class)))
    @APIResponse(responseCode = "409", description = "SURVEY_ANSWERED: the survey was answered already")
    @APIResponse(responseCode = "410", description = "SURVEY_EXPIRED: the invitation has expired")
    public Response answer(@PathParam("token") String token, ResponseForm form, @Context HttpServerRequest request) {
        return created(surveys.answer(token, form, staff.of(request)));
    }

    @GET
    @Path("posters/{posterToken}")
    @PermitAll
    @RateLimited("survey-poster")
    @Operation(summary = "The questionnaire of a counter's poster QR (open mode); in the short form each view is a turn"
            + " of the rotation and carries the sealed selection its answer sends back; 404 unknown or replaced poster")
    public SurveyView showPoster(@PathParam("posterToken") String posterToken) {
        return surveys.showPoster(posterToken);
    }

    @POST
    @Path("posters/{posterToken}/responses")
    @PermitAll
    @RateLimited("survey-poster")
    @Operation(summary = "Answer through a poster (open mode), with the view's selection in the short form; 422 names"
            + " each bad answer and a missing, altered, foreign or expired selection, 429 when this client answered"
            + " through the poster within the interval")
    @APIResponse(responseCode = "201", description = "Answered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Thanks.class)))
    @APIResponse(responseCode = "409", description = "POSTER_CHANGED: the poster was replaced")
    public Response answerPoster(@PathParam("posterToken") String posterToken, ResponseForm form,
            @Context HttpServerRequest request) {
        return created(surveys.answerPoster(posterToken, form, request.remoteAddress().hostAddress(),
                staff.of(request)));
    }

    private static Response created(Thanks thanks) {
        return Response.status(Response.Status.CREATED).entity(thanks).build();
    }
}
