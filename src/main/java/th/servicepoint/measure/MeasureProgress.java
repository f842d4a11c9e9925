package th.servicepoint.measure;

import th.servicepoint.common.ReportPeriod;

/**
 * A measure as the executive report of a period shows it: {@code measure} as it stood at the period's end (the
 * progress entered before then and the status it left), recorded for {@code recordedFor}, which is an earlier period
 * when {@code fromEarlierPeriod}: then the report shows how a measure taken on an earlier report went on.
 */
public record MeasureProgress(ReportPeriod recordedFor, boolean fromEarlierPeriod, MeasureView measure) {
}
