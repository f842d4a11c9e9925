package th.servicepoint.measure;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.common.FiscalYear;
import th.servicepoint.security.Role;

@Path("/api/v1/measures")
@Tag(name = "Measures")
@RolesAllowed({ Role.EXECUTIVE, Role.ADMIN })
public class MeasureResource {

    private final MeasureRegister register;

    MeasureResource(MeasureRegister register) {
        this.register = register;
    }

    @POST
    @Operation(summary = "Record a measure (มาตรการ) for items a report flagged; 201 with the measure, status PLANNED")
    @APIResponse(responseCode = "201", description = "Created; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureView.class)))
    public Response create(@Valid @NotNull NewMeasure form) {
        MeasureView measure = register.create(form);
        return Response.created(URI.create("/api/v1/measures/" + measure.id())).entity(measure).build();
    }

    @GET
    @Operation(summary = "Measures, newest period first; filter by fiscal year (BE) and half, service point code, item code, status")
    public List<MeasureView> list(
            @Parameter(description = "Fiscal year in the Buddhist Era", schema = @Schema(type = SchemaType.INTEGER, minimum = ""
                    + FiscalYear.FIRST, maximum = "" + FiscalYear.LAST)) @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Half of the fiscal year: 1 (Oct – Mar) or 2 (Apr – Sep)", schema = @Schema(type = SchemaType.INTEGER, enumeration = {
                    "1", "2" })) @QueryParam("half") String half,
            @QueryParam("servicePoint") String servicePoint, @QueryParam("item") String item,
            @QueryParam("status") String status) {
        return register.list(MeasureQuery.parse(fiscalYear, half, servicePoint, item, status));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One measure with all its progress")
    public MeasureView get(@PathParam("id") long id) {
        return register.get(id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Replace what an open measure does (title, steps, responsible, follow-up, due date); 409 once DONE or DROPPED")
    @APIResponse(responseCode = "409", description = "MEASURE_STATUS, MEASURE_FINAL: the measure's status does not allow this")
    @APIResponseSchema(value = MeasureView.class, responseCode = "200", responseDescription = "OK")
    public MeasureView update(@PathParam("id") long id, @Valid @NotNull MeasurePlan plan) {
        return register.update(id, plan);
    }

    @POST
    @Path("{id: \\d+}/progress")
    @Operation(summary = "Report progress on an open measure and set its status; DONE and DROPPED are final (409 afterwards)")
    @APIResponse(responseCode = "409", description = "MEASURE_STATUS, MEASURE_FINAL: the measure's status does not allow this")
    @APIResponseSchema(value = MeasureView.class, responseCode = "200", responseDescription = "OK")
    public MeasureView progress(@PathParam("id") long id, @Valid @NotNull ProgressForm form) {
        return register.progress(id, form);
    }
}
