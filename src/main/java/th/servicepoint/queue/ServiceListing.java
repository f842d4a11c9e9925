package th.servicepoint.queue;

import java.util.List;

/**
 * A service as a kiosk shows it: published steps and standard time, and how long the queue is now.
 *
 * @param openCounters counters serving it that are open now; with none, {@code estimatedWaitMinutes} assumes one
 *        will open and means little: a kiosk says that no counter is open instead
 */
public record ServiceListing(String prefix, String name, String nameEn, String division, String divisionEn,
        List<Step> steps, int standardMinutes, Integer dailyCap, int waiting, int estimatedWaitMinutes,
        int openCounters) {

    public record Step(int position, String title, String titleEn, int standardMinutes) {
    }
}
