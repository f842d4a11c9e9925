package th.servicepoint.report.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.NumberParams;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.peers.AgencyFigures;
import th.servicepoint.report.peers.AgencyFiguresQuery;
import th.servicepoint.report.peers.AsOf;
import th.servicepoint.report.peers.KeptAgencyFigures;
import th.servicepoint.security.Role;

/**
 * The agencies above one agency see side by side, named (they are theirs to oversee): a provincial account its
 * province's, a platform operator every agency, by province. Read in the caller's own scope, so row-level security
 * decides which agencies' figures there are; corruption complaints are in no figure.
 */
@Path("/api/v1/rollups")
@Tag(name = "Reports")
public class RollupResource {

    static final int DEFAULT_SIZE = 200;
    static final int MAX_SIZE = 10_000;

    private final AgencyFiguresQuery figures;
    private final KeptAgencyFigures kept;

    RollupResource(AgencyFiguresQuery figures, KeptAgencyFigures kept) {
        this.figures = figures;
        this.kept = kept;
    }

    /**
     * @param matching the agencies matching the request in all (the page holds {@code size} of them from
     *        {@code page × size})
     * @param asOf how current the page's figures are (the oldest of its agencies'): they are kept per half and computed
     *        again after each queue fold; null for an empty page
     */
    public record Rollup(ExecutiveReport.Period period, String province, int page, int size, long matching,
            List<AgencyFigures> agencies, AsOf asOf) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.PROVINCIAL, Role.PLATFORM })
    @Operation(summary = "The agencies' figures of a fiscal half side by side, as kept after the last queue fold (asOf): "
            + "served, waits, the share served within the published standard time, survey item scores and projected "
            + "EIT, complaint closing days; a provincial account gets its province's agencies, the platform every "
            + "agency (filter with province)")
    @APIResponse(responseCode = "200", description = "A page of agencies, by province and code", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rollup.class)))
    public Rollup rollup(
            @Parameter(description = "Fiscal year in the Buddhist Era", required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = ""
                    + FiscalYear.FIRST, maximum = "" + FiscalYear.LAST)) @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Half of the fiscal year: 1 (Oct – Mar) or 2 (Apr – Sep)", required = true, schema = @Schema(type = SchemaType.INTEGER, enumeration = {
                    "1", "2" })) @QueryParam("half") String half,
            @Parameter(description = "Only the agencies of this province (as the agency directory writes it)") @QueryParam("province") String province,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Agencies a page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = ""
                    + MAX_SIZE)) @QueryParam("size") String size) {
        if (fiscalYear == null || fiscalYear.isBlank() || half == null || half.isBlank()) {
            throw ProblemException.invalid("half", "ระบุปีงบประมาณ (fiscalYear เช่น 2569) และรอบ (half 1 หรือ 2)",
                    "Give the fiscal year (fiscalYear such as 2569) and the half (half 1 or 2)");
        }
        ReportPeriod period = PeriodParams.period(fiscalYear, half, null, null);
        int pageNumber = bounded("page", NumberParams.optional("page", page), 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = bounded("size", NumberParams.optional("size", size), DEFAULT_SIZE, 1, MAX_SIZE);
        String filter = province == null || province.isBlank() ? null : province.strip();
        // in the installation's scope, before the caller's own transaction reads
        kept.keepMissing(period);
        AgencyFiguresQuery.Page found = figures.visible(period, filter, pageNumber * pageSize, pageSize);
        return new Rollup(ExecutiveReport.Period.of(period), filter, pageNumber, pageSize, found.matching(),
                found.agencies(), found.asOf());
    }

    private static int bounded(String field, Integer value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        if (value < min || value > max) {
            throw ProblemException.invalid(field, field + " ต้องอยู่ระหว่าง " + min + " ถึง " + max,
                    field + " must be from " + min + " to " + max);
        }
        return value;
    }
}
