package th.servicepoint.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.panache.common.Sort;

@Path("/api/v1/service-points")
@PermitAll
public class ServicePointResource {

    private final Clock clock;

    ServicePointResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The agency's service points with their opening hours, whether each is open now and when it next opens")
    public List<ServicePointView> list() {
        Instant now = clock.instant();
        return ServicePoint.<ServicePoint> listAll(Sort.by("code")).stream().map(sp -> ServicePointView.of(sp, now))
                .toList();
    }
}
