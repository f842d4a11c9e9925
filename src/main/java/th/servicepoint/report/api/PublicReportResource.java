package th.servicepoint.report.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ProblemResponses;
import th.servicepoint.common.RateLimited;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.aggregate.ExecutiveReport.Audience;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.report.snapshot.ReportSnapshots;
import th.servicepoint.report.snapshot.SnapshotView;

/**
 * The public version of the executive reports (aggregates only) at stable addresses, for the agency's website and its
 * ITA evidence. Always the latest stored snapshot of the period, never computed on request: a report over a year of
 * answers is too expensive to let anyone start one.
 */
@Path(PublicReportResource.PATH)
@Tag(name = "Public reports")
@PermitAll
public class PublicReportResource {

    static final String PATH = "/api/v1/public/reports";
    /** The path segment of the 12-month report in place of a half. */
    static final String YEAR = "year";

    private final ReportSnapshots snapshots;
    private final StoredReportResponses responses;

    PublicReportResource(ReportSnapshots snapshots, StoredReportResponses responses) {
        this.snapshots = snapshots;
        this.responses = responses;
    }

    @GET
    @RateLimited("public-report")
    @Parameter(name = ProblemResponses.AGENCY, in = ParameterIn.QUERY, description = ProblemResponses.AGENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    @Operation(summary = "The published reports: each period and scope with its latest version, SHA-256 and address")
    public List<PublishedReport> list() {
        return snapshots.published().stream().map(PublishedReport::of).toList();
    }

    @GET
    @Path("{fiscalYear}/{half}")
    @RateLimited("public-report")
    @Parameter(name = ProblemResponses.AGENCY, in = ParameterIn.QUERY, description = ProblemResponses.AGENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    @Operation(summary = "The public report of a fiscal half (1 or 2) or year (year), for the agency or ?servicePoint=code: "
            + "json as stored (ETag and Repr-Digest: its SHA-256), or csv (open data), html, pdf; 404 until published")
    @APIResponse(responseCode = "200", description = "The stored report: json as stored, or the format ?format= names", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names this stored report's ETag (its SHA-256)")
    public Response report(
            @Parameter(description = "Fiscal year in the Buddhist Era", schema = @Schema(type = SchemaType.INTEGER, minimum = ""
                    + FiscalYear.FIRST, maximum = "" + FiscalYear.LAST)) @PathParam("fiscalYear") String fiscalYear,
            @Parameter(description = "1 or 2 for a half, year for the whole fiscal year", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "1", "2", "year" })) @PathParam("half") String half,
            @QueryParam("servicePoint") String servicePoint, @QueryParam("format") String format,
            @Context Request request) {
        ReportFormat chosen = ReportFormat.parse(format);
        ReportPeriod period = PeriodParams.period(fiscalYear, YEAR.equals(half) ? null : half, null, null);
        SnapshotView latest = snapshots.latest(period, servicePoint).orElseThrow(() -> notPublished(period));
        return responses.response(latest.id(), Audience.PUBLIC, chosen, request);
    }

    private static ProblemException notPublished(ReportPeriod period) {
        return new ProblemException(404, "REPORT_NOT_PUBLISHED",
                "ยังไม่ได้เผยแพร่รายงาน" + period.labelTh() + " รายงานจะเผยแพร่หลังสิ้นรอบและจัดทำรายงานแล้ว",
                "The report of " + period.labelEn() + " has not been published yet; it is published once the period "
                        + "has closed and its report was made");
    }
}
