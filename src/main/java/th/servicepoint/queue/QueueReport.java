package th.servicepoint.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The queue section of the executive report: what happened to the tickets issued in [{@code from}, {@code to}) at one
 * service point, or at every service point of the agency when {@code servicePointId} is null. Minutes are not
 * rounded (the renderer rounds); a mean, median or percent over nothing is null.
 */
public record QueueReport(Instant from, Instant to, Long servicePointId, Figures total, List<ServiceFigures> services,
        OutOfOrderCalls callsOutOfOrder) {

    /** The figures of one service, named as the citizen sees it, at its service point. */
    public record ServiceFigures(long serviceId, String servicePointCode, String prefix, String nameTh, String nameEn,
            Figures figures) {
    }

    /**
     * The same figures for a service and for the total. {@code standardMinutes} (the sum of the published steps) is
     * null for the total and for a service that publishes no steps.
     */
    public record Figures(Counts counts, PriorityShare priority, Durations waitMinutes, Durations serviceMinutes,
            Integer standardMinutes, WithinStandard withinStandard, EstimateAccuracy estimate) {
    }

    /**
     * Tickets issued, and how they ended: served (DONE); no-show (called but never served, also when the day ended
     * first); cancelled (by a clerk or the citizen); never called (still waiting when the business day ended); open
     * (still waiting, called or being served today). They add up to {@code issued}.
     */
    public record Counts(long issued, long served, long noShow, long cancelled, long neverCalled, long open) {
    }

    /** Tickets with a priority other than NORMAL, as a count, a percent of those issued and per priority. */
    public record PriorityShare(long count, Double percent, Map<Priority, Long> byPriority) {
    }

    /** A distribution of durations in minutes over {@code n} tickets. */
    public record Durations(long n, Double mean, Double median, Double p90) {
    }

    /**
     * Served (DONE) tickets whose service time was within their service's published standard time, among the
     * {@code n} served tickets of services that publish one. Null for a service without published steps.
     */
    public record WithinStandard(long n, long within, Double percent) {
    }

    /**
     * The wait estimate given at issue against the actual wait, over the {@code n} called tickets. Signed error =
     * estimate − actual: positive means people were told they would wait longer than they did.
     */
    public record EstimateAccuracy(long n, Double meanAbsoluteError, Double withinFiveMinutesPercent,
            Double meanSignedError) {
    }

    /** How many calls out of order were made, and the latest of them (at most {@code QueueStatistics.LISTED}). */
    public record OutOfOrderCalls(long count, List<OutOfOrderCall> latest) {
    }

    /** One call out of order as the audit trail keeps it, with the clerk's reason. */
    public record OutOfOrderCall(Instant at, String servicePointCode, Integer counterNumber, String ticketNumber,
            String reason) {
    }
}
