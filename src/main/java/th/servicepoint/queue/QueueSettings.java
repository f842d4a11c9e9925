package th.servicepoint.queue;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How the queue calls and estimates; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.queue")
public interface QueueSettings {

    /** How many normal calls a counter makes between two priority calls while both kinds wait. */
    int normalCallsPerPriorityCall();

    /** After waiting this long the oldest normal ticket is called before any priority ticket, so nobody starves. */
    Duration maxWait();

    /** How long after a no-show the ticket can be put back in the queue at its old place. */
    Duration reactivateWindow();

    /** How many recent services of a kind the wait estimate averages. */
    int estimateSampleSize();

    /** How far back the wait estimate looks for recent services. */
    Duration estimateLookback();

    /**
     * How long issuing reuses a service's pace (open counters, minutes per ticket) before reading it again; the
     * number of people ahead is always exact.
     */
    Duration estimatePaceCache();

    /** When (Asia/Bangkok) {@link DayEnd} cancels tickets left open by past business days; read by its schedule. */
    String dayEndCron();

    /**
     * When (Asia/Bangkok) {@link QueueDayFold} folds the days that have ended into the daily queue tallies; read by its
     * schedule. Runs after the day end, and again later in case a ticket was still being served.
     */
    String foldCron();

    /** Minutes per service assumed when a service has neither history nor published steps. */
    int fallbackServiceMinutes();
}
