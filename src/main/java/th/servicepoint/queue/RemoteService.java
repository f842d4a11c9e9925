package th.servicepoint.queue;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A service a citizen may join from their phone, as the join page lists it: how many wait now and about how long,
 * and whether joining is open.
 *
 * @param opensAt when remote joining opens on an open day (the opening hours narrowed to the service's window)
 * @param openNow whether a remote ticket can be had now (on an open day, between opensAt and closesAt)
 * @param nextOpening while closed: when joining opens again; null when open, or with no open day
 * @param placesLeft remote tickets still to be had today (the service's daily remote limit less those issued)
 * @param openCounters counters serving it open now; with 0 nobody is called yet, whatever the estimate says
 */
public record RemoteService(String prefix, String name, String nameEn, int waiting, int estimatedWaitMinutes,
        int openCounters, LocalTime opensAt, LocalTime closesAt, boolean openNow, Instant nextOpening,
        int placesLeft) {
}
