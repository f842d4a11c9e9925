package th.servicepoint.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One item as an administrator writes it. {@code scale} is ITA4, ITA4_COMPARED (with "don't know"), YES_NO or LIKERT5, and
 * empty for a parent (an item
 * other items name as {@code parent}); {@code indicator} is 6, 7, 8 or empty. Scale and indicator are checked by
 * {@link ItemRules}, which names the item in its answer.
 */
public record ItemForm(
        @NotBlank @Size(max = 20) String code,
        @Size(max = 20) String parent,
        Integer indicator,
        String scale,
        @NotNull Boolean required,
        @NotBlank @Size(max = 500) String textTh,
        @NotBlank @Size(max = 500) String textEn) {
}
