package th.servicepoint.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.RateLimited;

/** The citizen's side of the survey; the token in the link from the completed ticket is the only credential. */
@Path("/api/v1/surveys/{token}")
@Tag(name = "Survey")
public class SurveyResource {

    private final Surveys surveys;

    SurveyResource(Surveys surveys) {
        this.surveys = surveys;
    }

    @GET
    @PermitAll
    @RateLimited("survey")
    @Operation(summary = "The questionnaire to rate a served ticket; 404 unknown, 409 answered, 410 expired")
    public SurveyView show(@PathParam("token") String token) {
        return surveys.show(token);
    }

    @POST
    @Path("responses")
    @PermitAll
    @RateLimited("survey")
    @Operation(summary = "Answer the survey once; 422 names each missing or invalid answer")
    public Response answer(@PathParam("token") String token, ResponseForm form) {
        return Response.status(Response.Status.CREATED).entity(surveys.answer(token, form)).build();
    }
}
