package th.servicepoint.report.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.NumberParams;
import th.servicepoint.report.aggregate.ExecutiveReport.Audience;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.report.snapshot.ReportSnapshots;
import th.servicepoint.report.snapshot.SnapshotTrigger;
import th.servicepoint.report.snapshot.SnapshotView;
import th.servicepoint.security.Caller;
import th.servicepoint.security.Role;

@Path("/api/v1/reports/snapshots")
@Tag(name = "Reports")
@RolesAllowed({ Role.EXECUTIVE, Role.ADMIN })
public class SnapshotResource {

    private final ReportSnapshots snapshots;
    private final StoredReportResponses responses;
    private final Caller caller;

    SnapshotResource(ReportSnapshots snapshots, StoredReportResponses responses, Caller caller) {
        this.snapshots = snapshots;
        this.responses = responses;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Generate the report of a fiscal half or year again and keep it as a new version; earlier versions stay as they were")
    @APIResponse(responseCode = "201", description = "Created: the new version; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SnapshotView.class)))
    public Response regenerate(@Valid @NotNull SnapshotRequest request) {
        SnapshotView snapshot = snapshots.take(request.period(), request.servicePoint(), SnapshotTrigger.MANUAL,
                caller.name());
        return Response.created(URI.create("/api/v1/reports/snapshots/" + snapshot.id())).entity(snapshot).build();
    }

    @GET
    @Operation(summary = "Stored snapshots with their SHA-256, newest period first; filter by fiscal year (BE), half and service point code")
    public List<SnapshotView> list(
            @Parameter(description = "Fiscal year in the Buddhist Era", schema = @Schema(type = SchemaType.INTEGER, minimum = ""
                    + FiscalYear.FIRST, maximum = "" + FiscalYear.LAST)) @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Half of the fiscal year: 1 (Oct – Mar) or 2 (Apr – Sep)", schema = @Schema(type = SchemaType.INTEGER, enumeration = {
                    "1", "2" })) @QueryParam("half") String half,
            @QueryParam("servicePoint") String servicePoint) {
        return snapshots.list(NumberParams.optional("fiscalYear", fiscalYear), NumberParams.optional("half", half),
                servicePoint);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A snapshot's report: json exactly as stored (ETag: its SHA-256), or html, pdf, xlsx, csv rendered from it")
    @APIResponse(responseCode = "200", description = "The stored report: json as stored, or the format ?format= names", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names this stored report's ETag (its SHA-256)")
    public Response get(@PathParam("id") long id, @QueryParam("format") String format, @Context Request request) {
        return responses.response(id, Audience.EXECUTIVE, ReportFormat.parse(format), request);
    }
}
