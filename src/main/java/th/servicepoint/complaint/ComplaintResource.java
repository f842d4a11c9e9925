package th.servicepoint.complaint;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.EnumParams;
import th.servicepoint.common.ProblemResponses;
import th.servicepoint.common.RateLimited;
import th.servicepoint.security.Role;

@Path("/api/v1/complaints")
@Tag(name = "Complaints")
public class ComplaintResource {

    private final ComplaintIntake intake;
    private final ComplaintCases cases;
    private final ComplaintStatistics statistics;
    private final AgencyScopes scopes;

    ComplaintResource(ComplaintIntake intake, ComplaintCases cases, ComplaintStatistics statistics,
            AgencyScopes scopes) {
        this.scopes = scopes;
        this.intake = intake;
        this.cases = cases;
        this.statistics = statistics;
    }

    @POST
    @PermitAll
    @RateLimited("complaint")
    @Parameter(name = ProblemResponses.AGENCY, in = ParameterIn.QUERY, description = ProblemResponses.AGENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    @Operation(summary = "File a complaint, anonymously or with a contact; 201 with the tracking code to keep")
    @APIResponse(responseCode = "201", description = "Filed; keep the tracking code", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FiledComplaint.class)))
    public Response file(@Valid @NotNull ComplaintForm form) {
        return Response.status(Response.Status.CREATED).entity(asComplainant(() -> intake.file(form))).build();
    }

    @GET
    @Path("track/{trackingCode}")
    @PermitAll
    @RateLimited("complaint")
    @Operation(summary = "Status and public answer of a complaint, by its tracking code; never its text or contact")
    public TrackedComplaint track(@PathParam("trackingCode") String trackingCode) {
        return asComplainant(() -> intake.track(trackingCode));
    }

    /**
     * Row-level security hides corruption complaints from all but their officers; the complainant filing one, or
     * holding its tracking code, reads it back too (its code and status only: see {@link TrackedComplaint}).
     */
    private <T> T asComplainant(Supplier<T> work) {
        return AgencyScopes.call(scopes.current().withCorruptionComplaints(), work);
    }

    @GET
    @RolesAllowed({ Role.COMPLAINT_OFFICER, Role.ADMIN, Role.EXECUTIVE })
    @Operation(summary = "Complaints the caller may see, newest first, 50 a page; corruption ones for complaint officers only")
    public List<ComplaintSummary> list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(ComplaintCases.LAST_PAGE) int page) {
        return cases.list(EnumParams.optional(ComplaintStatus.class, "status", status),
                EnumParams.optional(ComplaintCategory.class, "category", category), page);
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({ Role.COMPLAINT_OFFICER, Role.ADMIN, Role.EXECUTIVE })
    @Operation(summary = "One complaint, by its reference (XXXXX-XXXXX), with its text and contact")
    @APIResponse(responseCode = "200", description = "The complaint")
    @APIResponse(responseCode = "404", description = "No such reference, or a corruption complaint and the caller is not a complaint officer")
    public ComplaintDetail get(@PathParam("reference") String reference) {
        return cases.get(reference);
    }

    @POST
    @Path("{reference}/status")
    @RolesAllowed({ Role.COMPLAINT_OFFICER, Role.ADMIN })
    @Operation(summary = "Move a complaint forward (RECEIVED → IN_PROGRESS → CLOSED) and set its public answer; its category and text never change")
    @APIResponse(responseCode = "200", description = "The complaint as it is now")
    @APIResponse(responseCode = "404", description = "No such reference, or a corruption complaint and the caller is not a complaint officer")
    @APIResponse(responseCode = "409", description = "The status would move backwards")
    @APIResponse(responseCode = "422", description = "A category or text was sent (they stay as filed), or a complaint would be closed without a public answer")
    public ComplaintDetail changeStatus(@PathParam("reference") String reference,
            @Valid @NotNull StatusChange change) {
        return cases.changeStatus(reference, change);
    }

    @GET
    @Path("counts")
    @RolesAllowed({ Role.EXECUTIVE, Role.ADMIN, Role.COMPLAINT_OFFICER })
    @Operation(summary = "Complaints by category and status filed from one day to another (both included, Asia/Bangkok);"
            + " corruption complaints for complaint officers only (executives get theirs per report period in the report)")
    @APIResponse(responseCode = "200", description = "One count for every category the caller may see and every status")
    @APIResponse(responseCode = "422", description = "A day is missing or malformed, or 'to' is before 'from'")
    public ComplaintCounts counts(
            @Parameter(required = true, description = "The first day, 2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day, on or after from") @QueryParam("to") String to) {
        return statistics.days(from, to);
    }
}
