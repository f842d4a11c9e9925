package th.servicepoint.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One published step of a service, in the order given. */
public record StepForm(
        @NotBlank @Size(max = 300) String titleTh,
        @NotBlank @Size(max = 300) String titleEn,
        @NotNull @PositiveOrZero Integer standardMinutes) {
}
