package th.servicepoint.site;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A service point as the public and the kiosks see it.
 *
 * @param openNow whether it is within its opening hours now (in its own time zone)
 * @param nextOpening when it next opens, if it is closed now
 * @param issueOutsideHours whether its kiosks issue tickets while it is closed (the tickets wait for the counters)
 */
public record ServicePointView(String code, String name, String nameEn, String address, String timeZone,
        LocalTime opensAt, LocalTime closesAt, String openDays, boolean openNow, Instant nextOpening,
        boolean issueOutsideHours) {

    public static ServicePointView of(ServicePoint sp, Instant now) {
        OpeningHours hours = sp.hours();
        boolean open = hours.isOpen(now);
        return new ServicePointView(sp.code, sp.nameTh, sp.nameEn, sp.address, sp.timeZone, sp.opensAt,
                sp.closesAt, sp.openDays, open, open ? null : hours.nextOpening(now), sp.issueOutsideHours);
    }
}
