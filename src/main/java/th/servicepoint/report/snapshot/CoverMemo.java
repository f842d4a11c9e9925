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
    private final Clock clock;

    CoverMemo(@Location("report/memo") Template memo, PdfPrinter printer, Clock clock) {
        this.memo = memo;
        this.printer = printer;
        this.clock = clock;
    }

    /** The memo as the agency heads it ({@link ReportAddressees}). */
    String html(ReportAddressee agency, ReportSummary summary) {
        CoverMemoView view = new CoverMemoView(agency.memoAgency(), agency.office(), agency.reference().orElse(BLANK),
                ThaiDates.thaiFull(LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK)), agency.addressee(),
                summary);
        return memo.data("memo", view).render();
    }

    byte[] pdf(ReportAddressee agency, ReportSummary summary) {
        return printer.print(html(agency, summary));
    }
}
