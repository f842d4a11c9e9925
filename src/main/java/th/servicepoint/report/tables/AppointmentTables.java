package th.servicepoint.report.tables;

import static th.servicepoint.report.tables.Cells.minutes;
import static th.servicepoint.report.tables.Cells.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import th.servicepoint.report.aggregate.AppointmentReport;
import th.servicepoint.report.aggregate.AppointmentReport.Figures;
import th.servicepoint.report.aggregate.AppointmentReport.Waits;

/**
 * The appointments' sheet, per service with a total row; {@link #FIGURES} name each figure once for the sheet and the
 * open-data CSV. A period without appointments has no sheet: the summary says there were none.
 */
final class AppointmentTables {

    static final List<Figure<Figures>> FIGURES = Stream.of(
            Stream.of(Figure.<Figures> of("นัดหมาย (Booked)", "booked", f -> f.outcomes().booked()),
                    Figure.<Figures> of("มาตามนัด (Kept)", "kept", f -> f.outcomes().kept()),
                    Figure.<Figures> of("ยกเลิกนัด (Cancelled)", "cancelled", f -> f.outcomes().cancelled()),
                    Figure.<Figures> of("ไม่มาตามนัด (Missed)", "missed", f -> f.outcomes().missed()),
                    Figure.<Figures> of("ยังไม่ถึงเวลานัด (Upcoming)", "upcoming", f -> f.outcomes().upcoming()),
                    new Figure<Figures>("ร้อยละมาตามนัด (Kept %)", "kept_percent",
                            f -> percent(f.outcomes().keptPercent()), f -> f.outcomes().kept() + f.outcomes().missed()),
                    new Figure<Figures>("รอหลังเวลานัด มัธยฐาน (นาที)", "late_median_minutes",
                            f -> minutes(f.punctuality().medianMinutes()), f -> f.punctuality().n()),
                    new Figure<Figures>("รอหลังเวลานัด P90 (นาที)", "late_p90_minutes",
                            f -> minutes(f.punctuality().p90Minutes()), f -> f.punctuality().n()),
                    new Figure<Figures>("ร้อยละเรียกภายใน 10 นาทีหลังเวลานัด", "called_within_10_minutes_percent",
                            f -> percent(f.punctuality().withinTenPercent()), f -> f.punctuality().n())),
            waits("วันที่มีนัด", "with_appointments", f -> f.walkIns().withAppointments()),
            waits("วันที่ไม่มีนัด", "without_appointments", f -> f.walkIns().withoutAppointments()))
            .flatMap(figures -> figures).toList();

    private AppointmentTables() {
    }

    /** Walk-ins' median wait and their count, on one kind of service-day. */
    private static Stream<Figure<Figures>> waits(String days, String metric, Function<Figures, Waits> waits) {
        return Stream.of(
                new Figure<>("คิวปกติ รอ มัธยฐาน (นาที) " + days, "walk_in_wait_median_minutes_" + metric,
                        f -> minutes(waits.apply(f).medianMinutes()), f -> waits.apply(f).n()),
                Figure.of("คิวปกติที่ถูกเรียก " + days, "walk_ins_called_" + metric, f -> waits.apply(f).n()));
    }

    static ReportTable services(AppointmentReport appointments) {
        List<List<Object>> rows = new ArrayList<>();
        appointments.services().forEach(service -> rows.add(Figure.row(
                Cells.row(service.servicePointCode(), service.prefix(), service.nameTh()), FIGURES, service.figures())));
        rows.add(Figure.row(Cells.row(null, null, "รวม (Total)"), FIGURES, appointments.total()));
        return new ReportTable("นัดหมาย", Figure.headings(QueueTables.SERVICE_HEADINGS, FIGURES), rows);
    }
}
