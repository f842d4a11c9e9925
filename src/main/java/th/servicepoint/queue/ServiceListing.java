package th.servicepoint.queue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service as a kiosk shows it: published steps and standard time, and how long the queue is now.
 *
 * @param openCounters counters serving it that are open now; with none, {@code estimatedWaitMinutes} assumes one
 *        will open and means little: a kiosk says that no counter is open instead
 * @param bookable whether citizens may book a time for it (the booking page lists these, the kiosk offers check-in)
 * @param bookAheadDays with bookable: the last day one may book, counted from today (today is 0); else null
 */
public record ServiceListing(String prefix, String name, String nameEn, String division, String divisionEn,
        List<Step> steps, int standardMinutes, Integer dailyCap, int waiting, int estimatedWaitMinutes,
        int openCounters,
        @Schema(description = "Whether citizens may book a time for it: the booking page lists these and the kiosk"
                + " offers check-in") boolean bookable,
        @Schema(description = "With bookable: the last day one may book, counted from today in the service point's"
                + " zone (today is 0); null otherwise") Integer bookAheadDays) {

    public record Step(int position, String title, String titleEn, int standardMinutes) {
    }
}
