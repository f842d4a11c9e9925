package th.servicepoint.site;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/service-points")
@PermitAll
public class ServicePointResource {

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The agency's service points with their opening hours")
    public List<ServicePointView> list() {
        return ServicePoint.<ServicePoint> listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(ServicePointView::of).toList();
    }
}
