package th.servicepoint.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.FiscalYear;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.aggregate.ExecutiveReports;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.report.render.ReportRenderers;
import th.servicepoint.security.Role;

@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportResource {

    private final ExecutiveReports reports;
    private final ReportRenderers renderers;

    ReportResource(ExecutiveReports reports, ReportRenderers renderers) {
        this.reports = reports;
        this.renderers = renderers;
    }

    @GET
    @RolesAllowed({ Role.EXECUTIVE, Role.ADMIN })
    @Operation(summary = "The executive report of a fiscal half (fiscalYear=2569&half=1), year (fiscalYear alone) or "
            + "days (from=2026-01-01&to=2026-01-31, both included), for a service point or the agency (no servicePoint)")
    @APIResponse(responseCode = "200", description = "The report; other formats as their renderers produce them", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutiveReport.class)))
    public Response report(
            @Parameter(description = "Fiscal year in the Buddhist Era", schema = @Schema(type = SchemaType.INTEGER, minimum = ""
                    + FiscalYear.FIRST, maximum = "" + FiscalYear.LAST)) @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Half of the fiscal year: 1 (Oct – Mar) or 2 (Apr – Sep)", schema = @Schema(type = SchemaType.INTEGER, enumeration = {
                    "1", "2" })) @QueryParam("half") String half,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @QueryParam("servicePoint") String servicePoint, @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.parse(format);
        ExecutiveReport report = reports.build(PeriodParams.period(fiscalYear, half, from, to), servicePoint);
        if (chosen == ReportFormat.JSON) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return renderers.response(renderers.of(chosen), report);
    }
}
