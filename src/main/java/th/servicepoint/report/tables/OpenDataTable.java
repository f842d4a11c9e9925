package th.servicepoint.report.tables;

import static th.servicepoint.report.tables.Cells.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.servicepoint.complaint.ComplaintCategory;
import th.servicepoint.report.aggregate.AppointmentReport;
import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.aggregate.ExecutiveReport.Row;
import th.servicepoint.report.aggregate.ExecutiveReport.Survey;
import th.servicepoint.report.scoring.AnswerShare;
import th.servicepoint.report.scoring.ItemScore;
import th.servicepoint.report.scoring.QuestionScore;
import th.servicepoint.survey.ItemWording;
import th.servicepoint.survey.Scale;
import th.servicepoint.survey.SurveySettings;

/**
 * The report as one tidy open-data table: one row per figure, the period and scope repeated on every row so a file
 * stands alone and files of several periods concatenate. Aggregates only, whichever version it is given: no clerk
 * rows unless the version has them, no comments, no listed calls. {@link #HEADINGS} are documented in docs/report-method.md.
 */
public final class OpenDataTable {

    public static final List<String> HEADINGS = List.of("fiscal_year", "half", "first_day", "last_day", "scope", "section",
            "service_point", "code", "key", "name_th", "name_en", "metric", "n", "value");

    /** What a figure is of: everything but the period, the metric and the figure. */
    private record Subject(String section, String servicePoint, String code, String key, String nameTh,
            String nameEn) {

        static Subject of(String section) {
            return new Subject(section, null, null, null, null, null);
        }
    }

    private final ExecutiveReport report;
    private final SurveySettings.ItaPoints points;
    private final List<List<Object>> rows = new ArrayList<>();

    private OpenDataTable(ExecutiveReport report, SurveySettings.ItaPoints points) {
        this.report = report;
        this.points = points;
    }

    public static ReportTable of(ExecutiveReport report, SurveySettings.ItaPoints points) {
        OpenDataTable table = new OpenDataTable(report, points);
        table.survey(report.survey());
        table.breakdowns(report.breakdowns());
        table.queue();
        table.appointments();
        table.complaints();
        table.measures();
        return new ReportTable("open-data", HEADINGS, table.rows);
    }

    private void survey(Survey survey) {
        Subject totals = Subject.of("survey");
        add(totals, "responses_total", null, survey.responses().total());
        add(totals, "responses_invited", null, survey.responses().invited());
        add(totals, "responses_open", null, survey.responses().open());
        add(totals, "responses_staff", null, survey.responses().staff());
        add(totals, "target", null, score(report.target()));
        if (survey.projectedEit() != null) {
            add(totals, "projected_eit", survey.projectedEit().n(), score(survey.projectedEit().score()));
        }
        survey.indicators().forEach(indicator -> add(new Subject("indicator", null, indicator.code(), null,
                indicator.nameTh(), indicator.nameEn()), "score", indicator.n(), score(indicator.score())));
        for (QuestionScore question : survey.questions()) {
            add(worded("question", question.code(), survey), "score", question.n(), score(question.score()));
            question.items().forEach(item -> item(item, survey));
        }
    }

    private void item(ItemScore item, Survey survey) {
        Subject subject = worded("item", item.code(), survey);
        add(subject, "score", item.n(), score(item.score()));
        add(subject, "sd", item.n(), score(item.sd()));
        if (item.interval() != null) {
            add(subject, "ci95_low", item.n(), score(item.interval().low()));
            add(subject, "ci95_high", item.n(), score(item.interval().high()));
        }
        if (item.change() != null) {
            add(subject, "change_from_previous", item.n(), score(item.change().difference()));
            add(subject, "change_p_value", item.n(), Cells.decimal(item.change().pValue(), 4));
        }
        if (item.scale() == Scale.ITA4_COMPARED) {
            // kept and counted, never scored: its own figure beside the item's n
            add(subject, "dont_know", item.n(), item.dontKnow());
        }
        for (AnswerShare share : item.distribution()) {
            Subject answer = new Subject("answer_share", null, item.code(), share.value(), label(item, share, true),
                    label(item, share, false));
            add(answer, "count", item.n(), share.count());
            add(answer, "percent", item.n(), Cells.decimal(share.percent(), 2));
        }
    }

    private String label(ItemScore item, AnswerShare share, boolean thai) {
        return item.scale().option(share.value(), points).map(option -> thai ? option.labelTh() : option.labelEn())
                .orElse(null);
    }

    private static Subject worded(String section, String code, Survey survey) {
        ItemWording found = SurveyTables.wording(survey, code);
        return new Subject(section, null, code, null, found == null ? null : found.textTh(),
                found == null ? null : found.textEn());
    }

    private void breakdowns(ExecutiveReport.Breakdowns breakdowns) {
        breakdown("breakdown_service", breakdowns.services());
        breakdown("breakdown_counter", breakdowns.counters());
        breakdown("breakdown_division", breakdowns.divisions());
        if (breakdowns.clerks() != null) {
            breakdown("breakdown_clerk", breakdowns.clerks());
        }
        breakdown("breakdown_mode", breakdowns.modes());
    }

    private void breakdown(String section, List<Row> breakdown) {
        for (Row row : breakdown) {
            Subject subject = new Subject(section, row.servicePointCode(), null, row.key(), row.nameTh(),
                    row.nameEn());
            add(subject, "responses", null, row.n());
            if (row.projectedEit() != null) {
                add(subject, "projected_eit", row.projectedEit().n(), score(row.projectedEit().score()));
            }
            add(subject, "rank", null, row.rank());
            row.questions().forEach(cell -> add(new Subject(section, row.servicePointCode(), cell.code(), row.key(),
                    row.nameTh(), row.nameEn()), "score", cell.n(), score(cell.score())));
        }
    }

    private void queue() {
        figures(Subject.of("queue_total"), QueueTables.FIGURES, report.queue().total());
        add(Subject.of("queue_total"), "calls_out_of_order", null, report.queue().callsOutOfOrder().count());
        report.queue().services().forEach(service -> figures(new Subject("queue_service", service.servicePointCode(),
                null, service.prefix(), service.nameTh(), service.nameEn()), QueueTables.FIGURES, service.figures()));
    }

    /** Only the booked count (0) where there were none: a period of zeros is no figure worth a row each. */
    private void appointments() {
        AppointmentReport appointments = report.appointments();
        if (appointments == null) {
            return;
        }
        if (!appointments.any()) {
            add(Subject.of("appointment_total"), "booked", null, 0L);
            return;
        }
        figures(Subject.of("appointment_total"), AppointmentTables.FIGURES, appointments.total());
        appointments.services().forEach(service -> figures(new Subject("appointment_service",
                service.servicePointCode(), null, service.prefix(), service.nameTh(), service.nameEn()),
                AppointmentTables.FIGURES, service.figures()));
    }

    private <F> void figures(Subject subject, List<Figure<F>> figures, F of) {
        figures.forEach(figure -> add(subject, figure.metric(), figure.n().apply(of), figure.value().apply(of)));
    }

    private void complaints() {
        add(Subject.of("complaint"), "total", null, report.complaints().total());
        report.complaints().counts().forEach(count -> add(new Subject("complaint", null, null,
                count.category().name(), null, null), count.status().name().toLowerCase(Locale.ROOT), null,
                count.count()));
        if (report.complaints().corruption() != null) {
            add(new Subject("complaint", null, null, ComplaintCategory.CORRUPTION.name(), null, null), "all", null,
                    report.complaints().corruption());
        }
    }

    /** Where each measure stands; its steps and notes are prose for the workbook, not figures. */
    private void measures() {
        if (report.measures() == null) {
            return;
        }
        report.measures().forEach(entry -> add(
                new Subject("measure", entry.measure().servicePoint(), String.join(" ", entry.measure().items()),
                        String.valueOf(entry.measure().id()), entry.measure().titleTh(), entry.measure().titleEn()),
                "status", null, entry.measure().status().name()));
    }

    private void add(Subject subject, String metric, Long n, Object value) {
        ExecutiveReport.Period period = report.period();
        String scope = report.scope().servicePointCode() == null ? "agency" : report.scope().servicePointCode();
        rows.add(Cells.row(period.fiscalYear(), period.half(), period.firstDay().toString(),
                period.lastDay().toString(), scope, subject.section(), subject.servicePoint(), subject.code(),
                subject.key(), subject.nameTh(), subject.nameEn(), metric, n, value));
    }
}
