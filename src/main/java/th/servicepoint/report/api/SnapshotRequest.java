package th.servicepoint.report.api;

import jakarta.validation.constraints.NotNull;

import th.servicepoint.common.ReportPeriod;

/**
 * What to regenerate: a fiscal year (BE) with half 1 or 2, or without a half the 12-month report; a service point's
 * code, or none for the whole agency.
 */
public record SnapshotRequest(@NotNull Integer fiscalYear, Integer half, String servicePoint) {

    ReportPeriod period() {
        return PeriodParams.period(String.valueOf(fiscalYear), half == null ? null : String.valueOf(half), null, null);
    }
}
