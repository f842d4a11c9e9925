package th.servicepoint.report.tables;

import static th.servicepoint.report.tables.Cells.minutes;
import static th.servicepoint.report.tables.Cells.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import th.servicepoint.queue.QueueReport;
import th.servicepoint.queue.QueueReport.Durations;
import th.servicepoint.queue.QueueReport.Figures;

/**
 * The queue's sheets: per service with a total row, and the latest calls out of order. {@link #FIGURES} name each
 * queue figure once, with a Thai heading for the sheet and a metric name for the open-data CSV ({@link Figure}).
 */
final class QueueTables {

    static final List<Figure<Figures>> FIGURES = List.of(count("ออกบัตร (Issued)", "issued", c -> c.issued()),
            count("ได้รับบริการ (Served)", "served", c -> c.served()),
            count("ไม่มาตามเรียก (No-show)", "no_show", c -> c.noShow()),
            count("ยกเลิก (Cancelled)", "cancelled", c -> c.cancelled()),
            count("ไม่ถูกเรียก (Never called)", "never_called", c -> c.neverCalled()),
            count("ยังค้างอยู่ (Open)", "open", c -> c.open()),
            new Figure<>("ร้อยละกลุ่มเร่งด่วน (Priority %)", "priority_percent",
                    f -> f.priority() == null ? null : percent(f.priority().percent()), f -> f.counts().issued()),
            durations("รอเฉลี่ย (นาที)", "wait_mean_minutes", Figures::waitMinutes, Durations::mean),
            durations("รอ มัธยฐาน (นาที)", "wait_median_minutes", Figures::waitMinutes, Durations::median),
            durations("รอ P90 (นาที)", "wait_p90_minutes", Figures::waitMinutes, Durations::p90),
            durations("ให้บริการเฉลี่ย (นาที)", "service_mean_minutes", Figures::serviceMinutes, Durations::mean),
            durations("ให้บริการ มัธยฐาน (นาที)", "service_median_minutes", Figures::serviceMinutes,
                    Durations::median),
            durations("ให้บริการ P90 (นาที)", "service_p90_minutes", Figures::serviceMinutes, Durations::p90),
            new Figure<>("เวลามาตรฐาน (นาที)", "standard_minutes", Figures::standardMinutes, f -> null),
            new Figure<>("ร้อยละภายในเวลามาตรฐาน", "within_standard_percent",
                    f -> f.withinStandard() == null ? null : percent(f.withinStandard().percent()),
                    f -> f.withinStandard() == null ? null : f.withinStandard().n()),
            new Figure<>("คาดการณ์รอคลาดเคลื่อนเฉลี่ย (MAE นาที)", "estimate_mae_minutes",
                    f -> f.estimate() == null ? null : minutes(f.estimate().meanAbsoluteError()),
                    f -> f.estimate() == null ? null : f.estimate().n()),
            new Figure<>("ร้อยละคาดการณ์คลาดไม่เกิน 5 นาที", "estimate_within_5_minutes_percent",
                    f -> f.estimate() == null ? null : percent(f.estimate().withinFiveMinutesPercent()),
                    f -> f.estimate() == null ? null : f.estimate().n()));

    private QueueTables() {
    }

    private static Figure<Figures> count(String heading, String metric, Function<QueueReport.Counts, Long> count) {
        return Figure.of(heading, metric, figures -> count.apply(figures.counts()));
    }

    private static Figure<Figures> durations(String heading, String metric, Function<Figures, Durations> durations,
            Function<Durations, Double> value) {
        return new Figure<>(heading, metric, figures -> Cells.minutes(value.apply(durations.apply(figures))),
                figures -> durations.apply(figures).n());
    }

    /** The columns that name a service on the per-service sheets. */
    static final List<String> SERVICE_HEADINGS = List.of("จุดบริการ", "รหัสบริการ", "งานบริการ");

    static ReportTable services(QueueReport queue) {
        List<List<Object>> rows = new ArrayList<>();
        queue.services().forEach(service -> rows.add(Figure.row(
                Cells.row(service.servicePointCode(), service.prefix(), service.nameTh()), FIGURES, service.figures())));
        rows.add(Figure.row(Cells.row(null, null, "รวม (Total)"), FIGURES, queue.total()));
        return new ReportTable("คิวรายงานบริการ", Figure.headings(SERVICE_HEADINGS, FIGURES), rows);
    }

    /** Only the executives' version lists the calls; the public one keeps their count (in the summary). */
    static ReportTable callsOutOfOrder(QueueReport.OutOfOrderCalls calls) {
        return new ReportTable("เรียกข้ามลำดับ",
                List.of("เวลา (Bangkok)", "จุดบริการ", "ช่องบริการ", "บัตรคิว", "เหตุผล (Reason)"),
                calls.latest().stream().map(call -> Cells.row(Cells.time(call.at()), call.servicePointCode(),
                        call.counterNumber(), call.ticketNumber(), call.reason())).toList());
    }
}
