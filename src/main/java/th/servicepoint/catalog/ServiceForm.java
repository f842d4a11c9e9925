package th.servicepoint.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What an administrator sets on a service: all of it, and the steps given replace the published ones. Set active to
 * false to stop issuing tickets for it (services are never deleted: tickets refer to them). Remote joining absent: off,
 * as everything else the form leaves out goes back to its default. Left out,
 * callAhead is {@link CallAhead#DEFAULT} and booking {@link Booking#OFF}; a booking's fields left out take its defaults.
 */
public record ServiceForm(
        @NotBlank @Size(max = 200) String nameTh,
        @NotBlank @Size(max = 200) String nameEn,
        String division,
        @Positive Integer dailyCap,
        Boolean active,
        List<@NotNull @Valid StepForm> steps,
        @Valid RemoteJoin remoteJoin,
        @Valid CallAhead callAhead,
        @Valid Booking booking) {
}
