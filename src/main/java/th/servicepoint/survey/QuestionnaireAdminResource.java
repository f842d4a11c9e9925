package th.servicepoint.survey;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.security.Role;

@Path("/api/v1/admin/questionnaires")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class QuestionnaireAdminResource {

    private final QuestionnaireAdmin admin;

    QuestionnaireAdminResource(QuestionnaireAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "Every questionnaire version, newest first")
    public List<QuestionnaireSummary> list() {
        return admin.list();
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One questionnaire version with its items")
    public QuestionnaireDetail get(@PathParam("version") int version) {
        return admin.get(version);
    }

    @GET
    @Path("current")
    @Operation(summary = "The published questionnaire, the one citizens answer")
    public QuestionnaireDetail current() {
        return admin.current();
    }

    @PUT
    @Path("current")
    @Operation(summary = "Publish these items as a new version; the current one is retired and keeps its responses")
    @APIResponse(responseCode = "409", description = "QUESTIONNAIRE_CHANGED: another edit was published first")
    @APIResponseSchema(value = QuestionnaireDetail.class, responseCode = "200", responseDescription = "OK")
    public QuestionnaireDetail publish(@Valid @NotNull QuestionnaireForm form) {
        return admin.publish(form);
    }
}
