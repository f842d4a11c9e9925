package th.servicepoint.report.snapshot;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.aggregate.ExecutiveReport.Audience;
import th.servicepoint.report.render.PdfReportRenderer;
import th.servicepoint.report.render.ReportFormat;
import th.servicepoint.report.render.ReportRenderers;
import th.servicepoint.report.snapshot.ReportSnapshots.StoredReport;

/**
 * The mail to the executives after a half-year run: a Thai and English text, the cover memo (บันทึกข้อความ) as PDF
 * and each snapshot's report as PDF, rendered from the stored JSON.
 */
@ApplicationScoped
class ReportMail {

    static final String MEMO_FILE = "memo-";

    private final Mailer mailer;
    private final ReportMailSettings settings;
    private final CoverMemo memo;
    private final ReportSnapshots snapshots;
    private final PdfReportRenderer pdf;

    ReportMail(Mailer mailer, ReportMailSettings settings, CoverMemo memo, ReportSnapshots snapshots,
            PdfReportRenderer pdf) {
        this.mailer = mailer;
        this.settings = settings;
        this.memo = memo;
        this.snapshots = snapshots;
        this.pdf = pdf;
    }

    /**
     * Sends the snapshots of one agency's run, the agency's first, to its recipients; its summary goes into the memo
     * and the text, which name the agency.
     *
     * @throws RuntimeException when a file cannot be made or the mail server refuses the mail
     */
    void send(List<SnapshotView> taken, ReportAddressee to) {
        SnapshotView agency = taken.stream().filter(snapshot -> snapshot.servicePoint() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("a run without the agency's snapshot"));
        StoredReport stored = snapshots.stored(agency.id(), Audience.EXECUTIVE);
        ExecutiveReport report = snapshots.report(stored);
        ReportSummary summary = ReportSummary.of(report, agency);
        Mail mail = new Mail().setFrom(settings.from()).setTo(to.recipients())
                .setSubject(settings.subjectPrefix() + " " + to.nameTh() + " รายงานผลการประเมินความพึงพอใจ "
                        + summary.labelTh() + " · " + to.nameEn() + ", executive report, " + summary.labelEn())
                .setText(text(to, summary, taken.size()));
        mail.addAttachment(MEMO_FILE + fileStem(report) + ".pdf", memo.pdf(to, summary), ReportFormat.PDF.mediaType());
        for (SnapshotView snapshot : taken) {
            StoredReport kept = snapshot.id() == agency.id() ? stored
                    : snapshots.stored(snapshot.id(), Audience.EXECUTIVE);
            attach(mail, kept == stored ? report : snapshots.report(kept));
        }
        mailer.send(mail);
    }

    private void attach(Mail mail, ExecutiveReport report) {
        mail.addAttachment(ReportRenderers.fileName(report, ReportFormat.PDF), ReportRenderers.bytes(pdf, report),
                ReportFormat.PDF.mediaType());
    }

    private static String text(ReportAddressee to, ReportSummary summary, int reports) {
        return """
                เรียน %1$s

                %2$sขอส่งรายงานผลการประเมินความพึงพอใจของผู้รับบริการ %3$s พร้อมบันทึกข้อความเพื่อโปรดทราบ ตามไฟล์แนบ (รายงาน %4$d ฉบับ)

                - ผู้ตอบแบบประเมิน %5$d ราย
                - คะแนน EIT คาดการณ์ %6$s
                - คำถามที่ได้คะแนนต่ำกว่าเป้าหมาย %7$s คะแนน: %8$d คำถาม (%9$d ข้อย่อย)
                - รายงานฉบับที่ %10$d รหัสตรวจสอบ SHA-256: %11$s

                ----
                Attached: the executive report of %14$s for %12$s (%4$d reports) and a cover memo for acknowledgment.
                Responses: %5$d. Projected EIT: %13$s. Questions under the target of %7$s: %8$d (%9$d items).
                Stored version %10$d, SHA-256 %11$s.
                """
                .formatted(to.addressee(), to.memoAgency(), summary.labelTh(), reports, summary.responses(),
                        summary.eitTh(), summary.target(), summary.questionsBelowTarget(), summary.itemsBelowTarget(),
                        summary.version(), summary.sha256(), summary.labelEn(), summary.eitEn(), to.nameEn());
    }

    /** 2569-h1 */
    private static String fileStem(ExecutiveReport report) {
        return report.period().fiscalYear() + "-h" + report.period().half();
    }
}
