package th.servicepoint.queue;

import java.time.ZoneId;

import th.servicepoint.catalog.Service;
import th.servicepoint.site.ServicePoint;

/** The service point and active service a ticket is issued for: what issuing reads of the catalog. */
record IssueTarget(long servicePointId, ZoneId zone, long serviceId, String prefix, String nameTh, String nameEn,
        Integer dailyCap) {

    static IssueTarget of(ServicePoint servicePoint, Service service) {
        return new IssueTarget(servicePoint.id, servicePoint.zone(), service.id, service.prefix, service.nameTh,
                service.nameEn, service.dailyCap);
    }
}
