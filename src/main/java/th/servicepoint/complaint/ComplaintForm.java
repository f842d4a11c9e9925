package th.servicepoint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A complaint as a citizen files it; contact and service point are optional, so it can stay anonymous. */
public record ComplaintForm(
        @NotNull ComplaintCategory category,
        @NotBlank @Size(max = 4000) String text,
        @Size(max = 200) String contact,
        @Size(max = 40) String servicePoint) {
}
