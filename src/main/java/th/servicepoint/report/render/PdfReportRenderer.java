package th.servicepoint.report.render;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.report.aggregate.ExecutiveReport;

/** The HTML report printed to an A4 PDF by headless Chromium, which places Thai marks and breaks lines between words. */
@ApplicationScoped
public class PdfReportRenderer implements ReportRenderer {

    private final HtmlReportRenderer html;
    private final PdfPrinter printer;

    PdfReportRenderer(HtmlReportRenderer html, PdfPrinter printer) {
        this.html = html;
        this.printer = printer;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void render(ExecutiveReport report, OutputStream out) throws IOException {
        out.write(printer.print(html.html(report)));
    }
}
