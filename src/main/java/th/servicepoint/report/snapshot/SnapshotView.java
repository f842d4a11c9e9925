package th.servicepoint.report.snapshot;

import java.time.Instant;

import th.servicepoint.report.aggregate.ExecutiveReport;

/**
 * A stored report snapshot without its content: which period and scope, which version, when, why and by whom, and the
 * SHA-256 of the report JSON and of its public version, as the API lists them.
 *
 * @param servicePoint the service point's code; null for the whole agency
 */
public record SnapshotView(long id, ExecutiveReport.Period period, String servicePoint, int version,
        Instant generatedAt, SnapshotTrigger trigger, String generatedBy, String sha256, String publicSha256) {

    static SnapshotView of(ReportSnapshot snapshot) {
        return new SnapshotView(snapshot.id, ExecutiveReport.Period.of(snapshot.period()), snapshot.servicePointCode,
                snapshot.version, snapshot.generatedAt, snapshot.trigger, snapshot.generatedBy, snapshot.reportSha256,
                snapshot.publicSha256);
    }
}
