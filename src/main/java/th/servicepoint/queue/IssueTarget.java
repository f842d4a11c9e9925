package th.servicepoint.queue;

import java.time.LocalTime;
import java.time.ZoneId;

import th.servicepoint.catalog.RemoteJoin;
import th.servicepoint.catalog.Service;
import th.servicepoint.site.OpeningHours;
import th.servicepoint.site.ServicePoint;

/**
 * The service point and active service a ticket is issued for: what issuing reads of the catalog, with the service
 * point's hours, whether its kiosks issue outside them, and the service's remote joining.
 */
record IssueTarget(long servicePointId, OpeningHours hours, boolean issueOutsideHours, long serviceId, String prefix,
        String nameTh, String nameEn, Integer dailyCap, RemoteJoin remote) {

    static IssueTarget of(ServicePoint servicePoint, Service service) {
        return new IssueTarget(servicePoint.id, servicePoint.hours(), servicePoint.issueOutsideHours, service.id,
                service.prefix, service.nameTh, service.nameEn, service.dailyCap, service.remoteJoining());
    }

    /**
     * When remote joining is open: the opening hours, narrowed to the service's window when it has one (a window an
     * administrator set before the hours changed counts only where both overlap).
     */
    OpeningHours remoteHours() {
        if (!remote.hasWindow()) {
            return hours;
        }
        LocalTime opens = remote.opensAt().isAfter(hours.opens()) ? remote.opensAt() : hours.opens();
        LocalTime closes = remote.closesAt().isBefore(hours.closes()) ? remote.closesAt() : hours.closes();
        return new OpeningHours(hours.zone(), opens, closes, hours.days());
    }

    /** Remote tickets the service takes a day. */
    int remoteDailyLimit() {
        return remote.dailyLimit(dailyCap);
    }

    ZoneId zone() {
        return hours().zone();
    }
}
