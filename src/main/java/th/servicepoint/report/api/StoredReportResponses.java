package th.servicepoint.report.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import th.servicepoint.report.aggregate.ExecutiveReport.Audience;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.report.render.ReportRenderers;
import th.servicepoint.report.snapshot.ReportSnapshots;
import th.servicepoint.report.snapshot.ReportSnapshots.StoredReport;

/**
 * A stored snapshot as an HTTP answer: JSON exactly as stored, with its SHA-256 as the ETag and as a
 * {@code Repr-Digest} (RFC 9530) so anyone can check what they downloaded; other formats rendered from the stored JSON.
 * Every answer names the snapshot, its version and the SHA-256 of the stored JSON it shows.
 */
@ApplicationScoped
class StoredReportResponses {

    private static final String JSON_UTF8 = "application/json;charset=UTF-8";

    private final ReportSnapshots snapshots;
    private final ReportRenderers renderers;

    StoredReportResponses(ReportSnapshots snapshots, ReportRenderers renderers) {
        this.snapshots = snapshots;
        this.renderers = renderers;
    }

    Response response(long id, Audience audience, ReportFormat format, Request request) {
        StoredReport stored = snapshots.stored(id, audience);
        Response.ResponseBuilder response;
        if (format == ReportFormat.JSON) {
            EntityTag tag = new EntityTag(stored.sha256());
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
            response = unchanged != null ? unchanged
                    : Response.ok(stored.json().getBytes(StandardCharsets.UTF_8), JSON_UTF8).tag(tag)
                            .header("Repr-Digest", "sha-256=:" + base64(stored.sha256()) + ":");
        } else {
            response = Response.fromResponse(renderers.response(renderers.of(format), snapshots.report(stored)));
        }
        return response.header("X-Report-Snapshot", stored.snapshot().id())
                .header("X-Report-Version", stored.snapshot().version()).header("X-Report-SHA256", stored.sha256())
                .build();
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }
}
