package th.servicepoint.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import th.servicepoint.report.aggregate.ExecutiveReport;

/**
 * The {@link ReportRenderer} beans by format, one for every format but JSON (checked at start), and the HTTP answer of
 * a rendered report, with a file name such as {@code executive-report-2569-h1-pao-hq.pdf}.
 */
@ApplicationScoped
public class ReportRenderers {

    private final Map<ReportFormat, ReportRenderer> renderers;

    ReportRenderers(@Any Instance<ReportRenderer> renderers) {
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
        EnumSet<ReportFormat> missing = EnumSet.complementOf(EnumSet.of(ReportFormat.JSON));
        missing.removeAll(this.renderers.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No ReportRenderer bean for " + missing);
        }
    }

    /** The renderer of a format other than JSON. */
    public ReportRenderer of(ReportFormat format) {
        return renderers.get(format);
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
