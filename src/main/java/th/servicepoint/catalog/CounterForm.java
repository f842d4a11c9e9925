package th.servicepoint.catalog;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A counter as an administrator creates or edits it: its number, its name and the prefixes it serves. */
public record CounterForm(
        @NotNull @Positive Integer number,
        @NotBlank @Size(max = 200) String name,
        List<@NotNull String> services) {
}
