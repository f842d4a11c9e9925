package th.servicepoint.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new service of a service point. The prefix letter numbers its tickets (A001) and cannot change later; the division
 * is a division code; no daily cap means no limit; active defaults to true; remote joining and booking to off.
 */
public record NewService(
        @NotBlank @Pattern(regexp = "[A-Z]", message = "use one capital letter A-Z") String prefix,
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        String division,
        @Positive Integer dailyCap,
        Boolean active,
        List<@NotNull @Valid StepForm> steps,
        @Valid RemoteJoin remoteJoin,
        @Valid CallAhead callAhead,
        @Valid Booking booking) {

    ServiceForm form() {
        return new ServiceForm(nameTh, nameEn, division, dailyCap, active, steps, remoteJoin, callAhead, booking);
    }
}
