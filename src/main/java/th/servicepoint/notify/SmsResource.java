package th.servicepoint.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import th.servicepoint.common.RateLimited;

/**
 * SMS notices for a ticket, by its tracking token: from the ticket page, and from the kiosk right after it printed the
 * ticket (docs/api.md, "SMS").
 */
@Path("/api/v1/tickets/{trackingToken}/sms")
@PermitAll
public class SmsResource {

    private final SmsSignups signups;

    SmsResource(SmsSignups signups) {
        this.signups = signups;
    }

    /** Not rate-limited, like the ticket's status: a kiosk asks after every ticket it prints. */
    @GET
    @Operation(summary = "Whether SMS notices are offered for the ticket, and the number texted (last digits only)")
    public SmsView view(@PathParam("trackingToken") String trackingToken) {
        return signups.view(trackingToken);
    }

    @POST
    @RateLimited("sms")
    @Operation(summary = "Text this Thai mobile number about the ticket from now on, instead of any number given before")
    @APIResponse(responseCode = "409", description = "SMS_NOT_OFFERED: the installation sends no SMS; SMS_NUMBERS_PER_TICKET: the ticket has had as many numbers as it may; SMS_DAILY_BUDGET: the agency has taken as many numbers today as it may; TICKET_FINISHED: the ticket is finished")
    @APIResponse(responseCode = "429", description = "SMS_NUMBER_DAILY_LIMIT: the number gets notices for as many tickets today as it may, until midnight (Retry-After); TOO_MANY_REQUESTS: this client asked too often")
    @APIResponseSchema(value = SmsView.class, responseCode = "200", responseDescription = "The number is texted from now on")
    public SmsView follow(@PathParam("trackingToken") String trackingToken, @Valid @NotNull SmsSignup signup) {
        return signups.follow(trackingToken, signup.phone());
    }

    @DELETE
    @RateLimited("sms")
    @Operation(summary = "No more SMS for the ticket: the number is cleared at once")
    public SmsView stop(@PathParam("trackingToken") String trackingToken) {
        return signups.stop(trackingToken);
    }
}
