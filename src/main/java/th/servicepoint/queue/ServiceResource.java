package th.servicepoint.queue;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.Service;
import th.servicepoint.site.Division;
import th.servicepoint.site.ServicePoint;

@Path("/api/v1/service-points/{sp}/services")
@PermitAll
public class ServiceResource {

    private final Catalog catalog;
    private final WaitEstimator estimator;
    private final QueueBoard board;

    ServiceResource(Catalog catalog, WaitEstimator estimator, QueueBoard board) {
        this.catalog = catalog;
        this.estimator = estimator;
        this.board = board;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Active services with published steps, standard times, waiting counts, wait estimates and how many counters serving each are open", description = "With whether each takes bookings and how many days ahead: the booking page lists those that do")
    public List<ServiceListing> list(@PathParam("sp") String servicePointCode) {
        ServicePoint servicePoint = ServicePoint.byCode(servicePointCode);
        Map<Long, ServiceLoad> loads = estimator.loads(servicePoint.id, board.today(servicePoint));
        return catalog.services(servicePoint).stream().filter(s -> s.active).map(s -> listing(s, loads.get(s.id)))
                .toList();
    }

    private static ServiceListing listing(Service service, ServiceLoad load) {
        Division division = service.division;
        List<ServiceListing.Step> steps = service.steps.stream()
                .map(s -> new ServiceListing.Step(s.position, s.titleTh, s.titleEn, s.standardMinutes)).toList();
        return new ServiceListing(service.prefix, service.nameTh, service.nameEn,
                division == null ? null : division.nameTh, division == null ? null : division.nameEn, steps,
                service.standardMinutes(), service.dailyCap, load.waiting(), load.estimateFor(load.waiting()),
                load.openCounters(), service.bookable, service.bookable ? service.bookAheadDays : null);
    }
}
