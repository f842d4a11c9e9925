package th.servicepoint.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a clerk did something out of the ordinary; kept in the audit trail. */
public record Reason(@NotBlank @Size(max = 500) String reason) {
}
