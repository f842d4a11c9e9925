package th.servicepoint.report.peers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One agency's figures of a period, kept from the tallies (report/sql/agency-figures.sql, V25): what the roll-ups
 * list side by side and what the peer benchmarks compare. A figure without anything behind it is null, never zero.
 *
 * @param served tickets served (DONE)
 * @param waitN called tickets, the n of the waits
 * @param waitMedian minutes from arrival to the call, median of the per-minute histograms (±0.5 min)
 * @param withinStandardPercent of the served tickets of services with a published standard ({@code standardN}), the
 *        share whose service took no longer than the standard
 * @param closeMedianDays days from filing to closing of the closed complaints filed in the period (corruption ones
 *        aside)
 * @param items each answered survey item's score; null score under the minimum answers (DOMAIN.md)
 * @param projectedEit null score under the minimum answers per item
 * @param asOf how current the agency's kept figures are (the answer says so once, for all of its agencies)
 */
public record AgencyFigures(@JsonIgnore long agencyId, String code, String nameTh, String nameEn, String agencyClass,
        String province, long served, long waitN, Double waitMedian, Double waitMean, long standardN,
        Double withinStandardPercent, long complaintsClosed, Double closeMedianDays, List<ItemFigure> items,
        EitFigure projectedEit, @JsonIgnore AsOf asOf) {

    /** A survey item's score among the agency's citizens (staff answers left out). */
    public record ItemFigure(String code, long n, Double score) {
    }

    /** The projected EIT, the agency's own estimate (never an official ITA score). */
    public record EitFigure(long n, Double score) {
    }
}
