package th.servicepoint.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the booking page asks before it offers the contact field. */
@Path("/api/v1/appointment-reminders")
@Tag(name = "Appointments")
public class ReminderOfferResource {

    private final AppointmentReminders reminders;

    ReminderOfferResource(AppointmentReminders reminders) {
        this.reminders = reminders;
    }

    @GET
    @PermitAll
    @Operation(summary = "Which contacts a booking's reminders reach (a mobile number by SMS, an e-mail address) and "
            + "how long before the slot they go; neither: the booking page asks for no contact")
    public ReminderOffer offer() {
        return reminders.offer();
    }
}
