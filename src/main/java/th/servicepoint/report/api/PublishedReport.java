package th.servicepoint.report.api;

import java.time.Instant;

import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.snapshot.SnapshotView;

/**
 * A published report as the public list shows it: the period and scope, the latest version, and the SHA-256 of its
 * public JSON, at its stable address.
 *
 * @param servicePoint the service point's code; null for the whole agency
 * @param url the stable address of the period and scope; {@code format=csv}, {@code html} or {@code pdf} may follow
 */
public record PublishedReport(ExecutiveReport.Period period, String servicePoint, int version, Instant generatedAt,
        String sha256, String url) {

    static PublishedReport of(SnapshotView snapshot) {
        ExecutiveReport.Period period = snapshot.period();
        String url = PublicReportResource.PATH + "/" + period.fiscalYear() + "/"
                + (period.half() == null ? PublicReportResource.YEAR : period.half())
                + (snapshot.servicePoint() == null ? "" : "?servicePoint=" + snapshot.servicePoint());
        return new PublishedReport(period, snapshot.servicePoint(), snapshot.version(), snapshot.generatedAt(),
                snapshot.publicSha256(), url);
    }
}
