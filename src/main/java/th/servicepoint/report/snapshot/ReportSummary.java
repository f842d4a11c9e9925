package th.servicepoint.report.snapshot;

import java.time.LocalDateTime;
import java.util.Locale;

import th.servicepoint.common.ThaiDates;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.scoring.ProjectedEit;

/**
 * The few figures an executive reads first, for the cover memo and the mail: responses, the projected EIT (always the
 * agency's own estimate), what is under the target, and which stored version with which hash.
 */
public record ReportSummary(String labelTh, String labelEn, String scopeTh, String scopeEn, long responses,
        long invited, long open, String eitTh, String eitEn, String target, int questionsBelowTarget,
        int itemsBelowTarget, int version, String sha256, String generatedTh) {

    static ReportSummary of(ExecutiveReport report, SnapshotView snapshot) {
        ExecutiveReport.Survey survey = report.survey();
        ProjectedEit eit = survey.projectedEit();
        String score = eit == null || !eit.shown() ? null : String.format(Locale.ROOT, "%.2f", eit.score());
        LocalDateTime generated = LocalDateTime.ofInstant(snapshot.generatedAt(), ThaiDates.BANGKOK);
        return new ReportSummary(report.period().labelTh(), report.period().labelEn(), report.scope().nameTh(),
                report.scope().nameEn(), survey.responses().total(), survey.responses().invited(),
                survey.responses().open(),
                eit == null ? "ยังคำนวณไม่ได้ (ไม่มีคำตอบในมาตรวัดแบบ ITA)"
                        : !eit.shown() ? eit.noteTh()
                                : score + " คะแนน ระดับ " + eit.grade() + " (" + ProjectedEit.NOTE_TH + ")",
                eit == null ? "not available (no answers on the ITA scales)"
                        : !eit.shown() ? eit.noteEn()
                                : score + ", grade " + eit.grade() + " (" + ProjectedEit.NOTE_EN + ")",
                String.format(Locale.ROOT, "%.0f", report.target()), survey.belowTarget().questions().size(),
                survey.belowTarget().items().size(), snapshot.version(), snapshot.sha256(),
                ThaiDates.thaiFull(generated.toLocalDate()) + String.format(Locale.ROOT, " เวลา %02d:%02d น.",
                        generated.getHour(), generated.getMinute()));
    }
}
