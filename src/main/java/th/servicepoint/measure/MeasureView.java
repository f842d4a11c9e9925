package th.servicepoint.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.servicepoint.common.ReportPeriod;
import th.servicepoint.site.Division;

/**
 * A measure as executives read it. {@code servicePoint} is null for a measure of the whole agency; {@code status} is
 * the status after the last entry of {@code progress}.
 */
public record MeasureView(long id, Period period, String servicePoint, List<String> items, String titleTh,
        String titleEn, List<String> steps, Responsible responsible, String followUp, LocalDate dueDate,
        MeasureStatus status, String createdBy, Instant createdAt, Instant updatedAt, List<Progress> progress) {

    /** The report period the measure was recorded for; {@code half} is null for the 12-month report. */
    public record Period(int fiscalYear, Integer half, String labelTh, String labelEn) {
    }

    /** A division, a free text, or both. */
    public record Responsible(DivisionName division, String text) {
    }

    public record DivisionName(String code, String nameTh, String nameEn) {
    }

    public record Progress(Instant at, String by, MeasureStatus status, String noteTh) {
    }

    /** The same measure without the user names of who recorded and progressed it, for the public report. */
    public MeasureView withoutNames() {
        List<Progress> anonymous = progress.stream()
                .map(entry -> new Progress(entry.at(), null, entry.status(), entry.noteTh())).toList();
        return new MeasureView(id, period, servicePoint, items, titleTh, titleEn, steps, responsible, followUp, dueDate,
                status, null, createdAt, updatedAt, anonymous);
    }

    static MeasureView of(Measure measure) {
        return asOf(measure, Instant.MAX);
    }

    /**
     * The measure as it stood just before {@code until}: the progress entered before then and the status they left
     * (PLANNED before the first).
     */
    static MeasureView asOf(Measure measure, Instant until) {
        List<Progress> progress = measure.progress.stream().filter(entry -> entry.at.isBefore(until))
                .map(entry -> new Progress(entry.at, entry.actor, entry.status, entry.noteTh)).toList();
        MeasureStatus status = progress.isEmpty() ? MeasureStatus.PLANNED : progress.get(progress.size() - 1).status();
        return new MeasureView(measure.id, period(measure.period()),
                measure.servicePoint == null ? null : measure.servicePoint.code, List.copyOf(measure.items),
                measure.titleTh, measure.titleEn, List.copyOf(measure.steps),
                new Responsible(divisionName(measure.division), measure.responsibleText), measure.followUp,
                measure.dueDate, status, measure.createdBy, measure.createdAt, measure.updatedAt, progress);
    }

    private static Period period(ReportPeriod period) {
        Integer half = switch (period.kind()) {
            case HALF_1 -> 1;
            case HALF_2 -> 2;
            default -> null;
        };
        return new Period(period.fiscalYear().be(), half, period.labelTh(), period.labelEn());
    }

    private static DivisionName divisionName(Division division) {
        return division == null ? null : new DivisionName(division.code, division.nameTh, division.nameEn);
    }
}
