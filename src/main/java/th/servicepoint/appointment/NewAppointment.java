package th.servicepoint.appointment;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A booking as the citizen asks for it.
 *
 * @param servicePoint the service point's code
 * @param service the service's letter
 * @param start the start of a slot, as the slots list gives it
 * @param contact optional: a Thai mobile number or e-mail address, for reminders only
 * @param device the random secret the booking page keeps on the phone and sends with every booking: a device holds
 *        only so many bookings at once. Only its SHA-256 is stored
 */
public record NewAppointment(
        @NotBlank @Size(max = 40) String servicePoint,
        @NotBlank @Size(max = 1) String service,
        @NotNull Instant start,
        @Size(max = 200) String contact,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{22,128}", message = "use 22 to 128 characters A-Z, a-z, 0-9, _ and -") String device) {
}
