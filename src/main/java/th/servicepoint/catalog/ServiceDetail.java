package th.servicepoint.catalog;

import java.util.List;

/**
 * A service as an administrator sees and edits it, active or not. {@code remoteDailyLimit}: the remote tickets a day
 * its remote joining settings give with its daily cap (0 while remote joining is off). {@code slotMinutes}: the length
 * of its appointment slots, its own or the standard time.
 */
public record ServiceDetail(String prefix, String nameTh, String nameEn, String division, Integer dailyCap,
        boolean active, List<Step> steps, int standardMinutes, RemoteJoin remoteJoin, int remoteDailyLimit,
        CallAhead callAhead, Booking booking, int slotMinutes) {

    public record Step(int position, String titleTh, String titleEn, int standardMinutes) {
    }

    static ServiceDetail of(Service service) {
        List<Step> steps = service.steps.stream()
                .map(s -> new Step(s.position, s.titleTh, s.titleEn, s.standardMinutes)).toList();
        return new ServiceDetail(service.prefix, service.nameTh, service.nameEn,
                service.division == null ? null : service.division.code, service.dailyCap, service.active, steps,
                service.standardMinutes(), service.remoteJoining(),
                service.remoteJoining().dailyLimit(service.dailyCap),
                new CallAhead(service.callAheadTickets, service.callAheadMinutes), service.booking(),
                service.booking().slotMinutes(service.standardMinutes()));
    }
}
