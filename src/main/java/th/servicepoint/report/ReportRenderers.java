package th.servicepoint.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import th.servicepoint.common.ProblemException;

/**
 * The {@link ReportRenderer} beans by format, and the HTTP answer of a rendered report: a format without a renderer
 * is 406, and a rendered report comes with a file name such as {@code executive-report-2569-h1-pao-hq.pdf}.
 */
@ApplicationScoped
public class ReportRenderers {

    private final Map<ReportFormat, ReportRenderer> renderers;

    ReportRenderers(@Any Instance<ReportRenderer> renderers) {
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
    }

    public Optional<ReportRenderer> find(ReportFormat format) {
        return Optional.ofNullable(renderers.get(format));
    }

    /** The renderer of a format other than JSON; 406 while no bean renders it. */
    public ReportRenderer require(ReportFormat format) {
        return find(format).orElseThrow(() -> {
            String name = format.extension();
            return new ProblemException(406, "REPORT_FORMAT_NOT_AVAILABLE",
                    "รายงานรูปแบบ " + name + " ยังไม่พร้อมให้บริการ ขณะนี้ใช้ format=json ได้",
                    "The " + name + " report is not available yet; use format=json for now");
        });
    }

    /** The report rendered as the response body, HTML shown in the browser, other formats as a download. */
    public Response response(ReportRenderer renderer, ExecutiveReport report) {
        ReportFormat format = renderer.format();
        StreamingOutput body = out -> renderer.render(report, out);
        String disposition = format == ReportFormat.HTML ? "inline" : "attachment";
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition + "; filename=\"" + fileName(report, format) + "\"")
                .build();
    }

    /** The whole rendered report in memory, for a mail attachment. */
    public static byte[] bytes(ReportRenderer renderer, ExecutiveReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** executive-report-2569-h1-pao-hq.pdf, executive-report-2569-year-agency.xlsx, …-2026-01-01_2026-01-31-… */
    public static String fileName(ExecutiveReport report, ReportFormat format) {
        ExecutiveReport.Period period = report.period();
        String days = switch (period.kind()) {
            case HALF_1, HALF_2 -> period.fiscalYear() + "-h" + period.half();
            case YEAR -> period.fiscalYear() + "-year";
            case CUSTOM -> period.firstDay() + "_" + period.lastDay();
        };
        String scope = report.scope().servicePointCode() == null ? "agency"
                : report.scope().servicePointCode().replaceAll("[^A-Za-z0-9_-]", "_");
        return "executive-report-" + days + "-" + scope + "." + format.extension();
    }
}
