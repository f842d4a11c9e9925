package th.servicepoint.queue;

import jakarta.validation.constraints.Size;

/** A reason a clerk may give. */
public record OptionalReason(@Size(max = 500) String reason) {
}
