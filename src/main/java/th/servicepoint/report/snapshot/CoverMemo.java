package th.servicepoint.report.snapshot;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.report.render.PdfPrinter;

/**
 * The cover memo (บันทึกข้อความ) that goes to the executive with the report: its heading as the agency writes memos,
 * a summary of the figures, the stored version and hash, and a block for the executive's acknowledgment.
 */
@ApplicationScoped
class CoverMemo {

    /** Dots for the document number, written in by hand when no reference is configured. */
    private static final String BLANK = "........................................";

    private final Template memo;
    private final PdfPrinter printer;
    private final CoverMemoSettings settings;
    private final Clock clock;

    CoverMemo(@Location("report/memo") Template memo, PdfPrinter printer, CoverMemoSettings settings, Clock clock) {
        this.memo = memo;
        this.printer = printer;
        this.settings = settings;
        this.clock = clock;
    }

    String html(ReportSummary summary) {
        CoverMemoView view = new CoverMemoView(settings.agencyName(), settings.office(),
                settings.reference().orElse(BLANK), ThaiDates.thaiFull(LocalDate.ofInstant(clock.instant(),
                        ThaiDates.BANGKOK)),
                settings.addressee(), summary);
        return memo.data("memo", view).render();
    }

    byte[] pdf(ReportSummary summary) {
        return printer.print(html(summary));
    }
}
