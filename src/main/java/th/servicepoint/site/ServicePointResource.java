package th.servicepoint.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.panache.common.Sort;
import th.servicepoint.common.ProblemResponses;

@Path("/api/v1/service-points")
@PermitAll
public class ServicePointResource {

    private final Clock clock;

    ServicePointResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Parameter(name = ProblemResponses.AGENCY, in = ParameterIn.QUERY, description = ProblemResponses.AGENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    @Operation(summary = "The agency's service points with their opening hours, whether each is open now and when it next opens")
    public List<ServicePointView> list() {
        Instant now = clock.instant();
        return ServicePoint.<ServicePoint> listAll(Sort.by("code")).stream().map(sp -> ServicePointView.of(sp, now))
                .toList();
    }
}
