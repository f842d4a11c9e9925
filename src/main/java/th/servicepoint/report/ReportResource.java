package th.servicepoint.report;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.ProblemException;
import th.servicepoint.security.Role;

@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportResource {

    private final ExecutiveReports reports;
    private final Map<ReportFormat, ReportRenderer> renderers;

    ReportResource(ExecutiveReports reports, @Any Instance<ReportRenderer> renderers) {
        this.reports = reports;
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
    }

    @GET
    @RolesAllowed({ Role.EXECUTIVE, Role.ADMIN })
    @Operation(summary = "The executive report of a fiscal half (fiscalYear=2569&half=1), year (fiscalYear alone) or "
            + "days (from=2026-01-01&to=2026-01-31, both included), for a service point or the agency (no servicePoint)")
    @APIResponse(responseCode = "200", description = "The report; other formats as their renderers produce them", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutiveReport.class)))
    public Response report(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("half") String half,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("servicePoint") String servicePoint, @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.parse(format);
        // refused before the figures are read: a missing renderer should not cost a report's worth of queries
        ReportRenderer renderer = chosen == ReportFormat.JSON ? null : renderer(chosen);
        ExecutiveReport report = reports.build(PeriodParams.period(fiscalYear, half, from, to), servicePoint);
        if (renderer == null) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = out -> renderer.render(report, out);
        String disposition = chosen == ReportFormat.HTML ? "inline" : "attachment";
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition + "; filename=\"" + fileName(report, chosen) + "\"")
                .build();
    }

    private ReportRenderer renderer(ReportFormat format) {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            String name = format.extension();
            throw new ProblemException(406, "REPORT_FORMAT_NOT_AVAILABLE",
                    "รายงานรูปแบบ " + name + " ยังไม่พร้อมให้บริการ ขณะนี้ใช้ format=json ได้",
                    "The " + name + " report is not available yet; use format=json for now");
        }
        return renderer;
    }

    /** executive-report-2569-h1-pao-hq.pdf, executive-report-2569-year-agency.xlsx, …-2026-01-01_2026-01-31-… */
    private static String fileName(ExecutiveReport report, ReportFormat format) {
        ExecutiveReport.Period period = report.period();
        String days = switch (period.kind()) {
            case HALF_1, HALF_2 -> period.fiscalYear() + "-h" + period.half();
            case YEAR -> period.fiscalYear() + "-year";
            case CUSTOM -> period.firstDay() + "_" + period.lastDay();
        };
        String scope = report.scope().servicePointCode() == null ? "agency"
                : report.scope().servicePointCode().replaceAll("[^A-Za-z0-9_-]", "_");
        return "executive-report-" + days + "-" + scope + "." + format.extension();
    }
}
