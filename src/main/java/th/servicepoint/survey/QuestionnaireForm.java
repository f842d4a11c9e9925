package th.servicepoint.survey;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The items of a new questionnaire version, in the order citizens see them, and its form: {@code length} SHORT (overall
 * satisfaction and {@code rotationItems} ITA items by rotation, at most five required questions in all) or FULL.
 * Either left out keeps the current version's setting, so an edit of the items never changes the form by accident.
 */
public record QuestionnaireForm(@NotNull @Size(min = 1, max = 100) List<@NotNull @Valid ItemForm> items,
        QuestionnaireLength length, Integer rotationItems) {
}
