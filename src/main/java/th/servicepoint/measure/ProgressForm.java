package th.servicepoint.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress report on a measure: what was done, in Thai, and the status it leaves (none: unchanged). */
public record ProgressForm(MeasureStatus status, @NotBlank @Size(max = 2000) String noteTh) {
}
