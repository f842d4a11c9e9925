package th.servicepoint.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import th.servicepoint.common.ThaiWords;
import th.servicepoint.report.aggregate.ExecutiveReport;

/**
 * The report as one self-contained HTML page (templates/report/executive.html): Sarabun inlined, no script, nothing
 * fetched, so it reads the same saved to a disk or put on the agency's website, and prints to the PDF as it shows.
 */
@ApplicationScoped
public class HtmlReportRenderer implements ReportRenderer {

    private final Template page;

    HtmlReportRenderer(@Location("report/executive") Template page) {
        this.page = page;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void render(ExecutiveReport report, OutputStream out) throws IOException {
        out.write(html(report).getBytes(StandardCharsets.UTF_8));
    }

    /** Words Chromium would cut mid-line (ตรวจ|สอบ, in a measure's text say) are held whole, on screen and on paper. */
    String html(ExecutiveReport report) {
        return ThaiWords.holdWholeInHtml(page.data("report", report).render());
    }
}
