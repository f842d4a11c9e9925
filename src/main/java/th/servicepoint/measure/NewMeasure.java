package th.servicepoint.measure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new measure: the report it answers (fiscal year BE and half 1 or 2; no half for the 12-month report), where (a
 * service point code; none for the whole agency) and the questionnaire items it addresses (E1, E1.1 …). These three
 * never change afterwards; the rest is the {@link MeasurePlan}.
 */
public record NewMeasure(
        @NotNull Integer fiscalYear,
        Integer half,
        String servicePoint,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 20) String> items,
        @NotBlank @Size(max = 500) String titleTh,
        @Size(max = 500) String titleEn,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 1000) String> steps,
        String division,
        @Size(max = 500) String responsible,
        @NotBlank @Size(max = 1000) String followUp,
        LocalDate dueDate) {

    MeasurePlan plan() {
        return new MeasurePlan(titleTh, titleEn, steps, division, responsible, followUp, dueDate);
    }
}
