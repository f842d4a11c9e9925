package th.servicepoint.measure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What a measure does, the columns of the seed's table: the measure (มาตรการ), its steps (ขั้นตอนหรือวิธีการ), who is
 * responsible (ผู้รับผิดชอบ: a division code, a text such as "ทุกส่วนราชการที่มีงานให้บริการ", or both) and how it is
 * followed up (การกำกับติดตาม). The body of an edit, which replaces all of it; the steps keep the order given.
 */
public record MeasurePlan(
        @NotBlank @Size(max = 500) String titleTh,
        @Size(max = 500) String titleEn,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 1000) String> steps,
        String division,
        @Size(max = 500) String responsible,
        @NotBlank @Size(max = 1000) String followUp,
        LocalDate dueDate) {
}
