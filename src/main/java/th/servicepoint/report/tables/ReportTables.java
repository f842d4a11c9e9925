package th.servicepoint.report.tables;

import static th.servicepoint.report.tables.Cells.row;
import static th.servicepoint.report.tables.Cells.score;

import java.util.ArrayList;
import java.util.List;

import th.servicepoint.common.ThaiDates;
import th.servicepoint.complaint.ComplaintCategory;
import th.servicepoint.report.aggregate.AppointmentReport;
import th.servicepoint.report.aggregate.AppointmentReport.Outcomes;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.aggregate.ExecutiveReport.Comparison;
import th.servicepoint.report.aggregate.ExecutiveReport.Survey;
import th.servicepoint.report.scoring.ProjectedEit;
import th.servicepoint.report.scoring.QuestionScore;
import th.servicepoint.survey.SurveyComments;
import th.servicepoint.survey.SurveySettings;

/**
 * The executive report as the sheets of its workbook, in the order the seed analysis reads: summary, survey, measures,
 * breakdowns, queue, appointments, complaints and comments. Thai sheet names and headings, English in parentheses where it
 * helps a
 * reader match them with the JSON. What the public version leaves out (clerks, listed calls, comments) has no sheet.
 */
public final class ReportTables {

    /** In place of the corruption count of a period that is not an ended fiscal half or year. */
    private static final String CORRUPTION_WITHHELD = "นับเฉพาะรายงานรอบ 6 หรือ 12 เดือนที่สิ้นสุดแล้ว (counted for ended fiscal halves and years only)";

    static final String NO_APPOINTMENTS = "ไม่มีการนัดหมายในรอบนี้ (no appointments in this period)";

    private ReportTables() {
    }

    public static List<ReportTable> of(ExecutiveReport report, SurveySettings.ItaPoints points) {
        SurveyTables survey = new SurveyTables(report.survey(), points);
        List<ReportTable> tables = new ArrayList<>(List.of(summary(report), survey.indicators(), survey.questions(),
                survey.distribution(), survey.belowTarget(), MeasureTable.of(report.measures())));
        tables.addAll(new BreakdownTables(questionCodes(report.survey())).of(report.breakdowns()));
        tables.add(QueueTables.services(report.queue()));
        if (!report.queue().callsOutOfOrder().latest().isEmpty()) {
            tables.add(QueueTables.callsOutOfOrder(report.queue().callsOutOfOrder()));
        }
        if (report.appointments() != null && report.appointments().any()) {
            tables.add(AppointmentTables.services(report.appointments()));
        }
        tables.add(complaints(report.complaints()));
        if (report.comments() != null) {
            tables.add(comments(report.comments()));
        }
        return tables;
    }

    static List<String> questionCodes(Survey survey) {
        return survey.questions().stream().map(QuestionScore::code).toList();
    }

    /** Label, value, note: one figure a row, so the sheet reads top to bottom like the memo. */
    private static ReportTable summary(ExecutiveReport report) {
        ExecutiveReport.Period period = report.period();
        Survey survey = report.survey();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("ช่วงเวลา (Period)", period.labelTh(), period.labelEn()));
        rows.add(row("วันแรก (First day)", ThaiDates.thai(period.firstDay()), period.firstDay().toString()));
        rows.add(row("วันสุดท้าย (Last day)", ThaiDates.thai(period.lastDay()), period.lastDay().toString()));
        rows.add(row("ขอบเขต (Scope)", report.scope().nameTh(), report.scope().servicePointCode()));
        rows.add(row("จัดทำเมื่อ (Generated at)", Cells.time(report.generatedAt()), "เวลากรุงเทพฯ (Asia/Bangkok)"));
        rows.add(row("ผู้ตอบแบบประเมิน (Responses)", survey.responses().total(), null));
        rows.add(row("ตอบผ่านคำเชิญหลังรับบริการ (Invited)", survey.responses().invited(), null));
        rows.add(row("ตอบผ่านโปสเตอร์ QR (Open)", survey.responses().open(),
                "ความน่าเชื่อถือต่ำกว่า ตอบได้โดยไม่ต้องรับบริการ"));
        rows.add(row("ตอบจากเครือข่ายหรือบัญชีเจ้าหน้าที่ (Staff)", survey.responses().staff(),
                "ไม่นับรวมในคะแนนของผู้รับบริการ แสดงแยกในตารางรายช่องทาง"));
        ProjectedEit eit = survey.projectedEit();
        rows.add(row("EIT คาดการณ์ (Projected EIT)", eit == null ? null : score(eit.score()),
                eit == null ? ProjectedEit.NOTE_TH : eit.noteTh()));
        rows.add(row("เกรด (Grade)", eit == null || eit.grade() == null ? null : eit.grade().name(), null));
        rows.add(row("n ของ EIT คาดการณ์", eit == null ? null : eit.n(), "n ที่น้อยที่สุดในบรรดาตัวชี้วัด"));
        rows.add(row("เป้าหมาย (Target)", score(report.target()), "ข้อที่ได้คะแนนต่ำกว่านี้เป็นประเด็นที่ควรพัฒนา"));
        rows.addAll(previous(survey.previous()));
        rows.add(row("เรียกข้ามลำดับ (Calls out of order)", report.queue().callsOutOfOrder().count(), null));
        if (report.appointments() != null) {
            rows.add(appointments(report.appointments()));
        }
        rows.add(row("เรื่องร้องเรียน (Complaints)", report.complaints().total(), null));
        if (report.comments() != null) {
            rows.add(row("ความคิดเห็น (Comments)", report.comments().count(), null));
        }
        return new ReportTable("สรุป", List.of("รายการ (Item)", "ค่า (Value)", "หมายเหตุ (Note)"), rows);
    }

    private static List<List<Object>> previous(Comparison previous) {
        ExecutiveReport.Eit eit = previous.projectedEit();
        return List.of(row("รอบก่อน (Previous period)", previous.period().labelTh(), previous.period().labelEn()),
                row("ผู้ตอบรอบก่อน", previous.responses(), null),
                row("EIT คาดการณ์รอบก่อน", eit == null ? null : score(eit.score()),
                        eit == null || eit.grade() == null ? null : "เกรด " + eit.grade().name()));
    }

    /** A period without appointments says so here, and has no sheet of zeros. */
    private static List<Object> appointments(AppointmentReport appointments) {
        Outcomes outcomes = appointments.total().outcomes();
        String note = appointments.any() ? "มาตามนัด " + outcomes.kept() + " · ยกเลิก " + outcomes.cancelled()
                + " · ไม่มาตามนัด " + outcomes.missed() + " (ดูแผ่นงานนัดหมาย)" : NO_APPOINTMENTS;
        return row("นัดหมาย (Appointments)", outcomes.booked(), note);
    }

    private static ReportTable complaints(ExecutiveReport.Complaints complaints) {
        List<List<Object>> rows = new ArrayList<>(complaints.counts().stream()
                .map(count -> row(ThaiLabels.of(count.category()), ThaiLabels.of(count.status()), count.count()))
                .toList());
        rows.add(row(ThaiLabels.of(ComplaintCategory.CORRUPTION), "ทุกสถานะ (All)",
                complaints.corruption() == null ? CORRUPTION_WITHHELD : complaints.corruption()));
        rows.add(row("รวม (Total)", null, complaints.total()));
        return new ReportTable("เรื่องร้องเรียน", List.of("ประเภท (Category)", "สถานะ (Status)", "จำนวน (Count)"), rows);
    }

    private static ReportTable comments(SurveyComments comments) {
        return new ReportTable("ความคิดเห็น",
                List.of("เวลา (Bangkok)", "ช่องทาง (Mode)", "จุดบริการ", "ช่องบริการ", "งานบริการ", "ข้อความ (Comment)"),
                comments.latest().stream()
                        .map(comment -> row(Cells.time(comment.answeredAt()), ThaiLabels.of(comment.mode()),
                                comment.servicePointCode(), comment.counterNumber(), comment.serviceNameTh(),
                                comment.text()))
                        .toList());
    }
}
