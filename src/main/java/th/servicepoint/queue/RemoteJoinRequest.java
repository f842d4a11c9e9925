package th.servicepoint.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen's request to join a service's queue from their phone.
 *
 * @param device the random secret the join page keeps on the phone (localStorage) and sends with every request: one
 *        active remote ticket per device. Only its SHA-256 is stored
 */
public record RemoteJoinRequest(
        @NotBlank @Size(max = 1) String service,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{22,128}", message = "use 22 to 128 characters A-Z, a-z, 0-9, _ and -") String device) {
}
