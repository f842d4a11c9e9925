package th.servicepoint.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the kiosk's scanner typed, or the code as the citizen read it out: see {@link BookingCodes#normalize}. */
public record CheckIn(@NotBlank @Size(max = 300) String code) {
}
