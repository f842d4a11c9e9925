package th.servicepoint.queue;

import java.time.ZoneId;

import th.servicepoint.catalog.Service;
import th.servicepoint.site.OpeningHours;
import th.servicepoint.site.ServicePoint;

/**
 * The service point and active service a ticket is issued for: what issuing reads of the catalog, with the service
 * point's hours and whether its kiosks issue outside them.
 */
record IssueTarget(long servicePointId, OpeningHours hours, boolean issueOutsideHours, long serviceId, String prefix,
        String nameTh, String nameEn, Integer dailyCap) {

    static IssueTarget of(ServicePoint servicePoint, Service service) {
        return new IssueTarget(servicePoint.id, servicePoint.hours(), servicePoint.issueOutsideHours, service.id,
                service.prefix, service.nameTh, service.nameEn, service.dailyCap);
    }

    ZoneId zone() {
        return hours().zone();
    }
}
