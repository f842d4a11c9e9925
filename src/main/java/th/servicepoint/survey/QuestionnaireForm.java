package th.servicepoint.survey;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The items of a new questionnaire version, in the order citizens see them. */
public record QuestionnaireForm(@NotNull @Size(min = 1, max = 100) List<@NotNull @Valid ItemForm> items) {
}
