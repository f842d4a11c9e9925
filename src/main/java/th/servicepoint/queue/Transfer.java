package th.servicepoint.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which service a ticket moves to. */
public record Transfer(@NotBlank @Size(max = 1) String service) {
}
