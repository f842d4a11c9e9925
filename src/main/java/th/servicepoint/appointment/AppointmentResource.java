package th.servicepoint.appointment;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.QrCodes;
import th.servicepoint.common.RateLimited;

/** Booking a time: the booking page's calls (docs/appointments.md). */
@Path("/api/v1")
public class AppointmentResource {

    private static final String QR_CACHE = "private, max-age=3600";

    private final Bookings bookings;
    private final AppointmentLinks links;
    private final QrCodes codes;

    AppointmentResource(Bookings bookings, AppointmentLinks links, QrCodes codes) {
        this.bookings = bookings;
        this.links = links;
        this.codes = codes;
    }

    @POST
    @Path("appointments")
    @PermitAll
    @RateLimited("booking")
    @Operation(summary = "Book a slot", description = "For citizens, without sign-in. No personal data is needed; a"
            + " contact, if given, is for reminders only and is purged under the retention policy. 201 with the"
            + " appointment's code (keep it: it is the only key to the booking), its page, QR and cancel addresses")
    @APIResponse(responseCode = "201", description = "Booked; Location is the appointment", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such service point")
    @APIResponse(responseCode = "409", description = "BOOKING_OFF, SERVICE_INACTIVE: the service takes no bookings;"
            + " SLOT_FULL: the slot was taken meanwhile; BOOKING_LIMIT: this device or contact holds its most upcoming"
            + " appointments; BOOKING_BLOCKED: too many missed appointments lately (the detail says from when one may"
            + " book again)")
    @APIResponse(responseCode = "422", description = "INVALID: no such service letter, a start that is no slot of the"
            + " service, a day out of the booking horizon, a contact that is neither a mobile number nor an e-mail"
            + " address, or a bad device secret")
    public Response book(@Valid @NotNull NewAppointment request) {
        AppointmentView booked = AgencyScopes.call(AgencyScope.publicKey("sp", request.servicePoint()),
                () -> bookings.book(request));
        return Response.created(URI.create("/api/v1/appointments/" + booked.code().replace("-", ""))).entity(booked)
                .build();
    }

    @GET
    @Path("appointments/{appointmentCode}")
    @PermitAll
    @RateLimited("booking-read")
    @Operation(summary = "An appointment, by its code")
    @APIResponse(responseCode = "200", description = "The appointment", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "APPOINTMENT_NOT_FOUND: no appointment has this code")
    public AppointmentView find(@PathParam("appointmentCode") String code) {
        return bookings.find(code);
    }

    @POST
    @Path("appointments/{appointmentCode}/cancel")
    @PermitAll
    @RateLimited("booking-read")
    @Operation(summary = "Cancel an appointment before its slot starts", description = "Its place is free again."
            + " Cancelling a cancelled appointment answers it as it is")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "APPOINTMENT_NOT_FOUND: no appointment has this code")
    @APIResponse(responseCode = "409", description = "APPOINTMENT_NOT_CANCELLABLE: checked in, missed or its time has"
            + " passed")
    public AppointmentView cancel(@PathParam("appointmentCode") String code) {
        return bookings.cancel(code);
    }

    @GET
    @Path("appointments/{appointmentCode}/qr.svg")
    @Produces("image/svg+xml")
    @PermitAll
    @RateLimited("booking-read")
    @Operation(summary = "The appointment's page address as an SVG QR code, which the kiosk's scanner reads")
    @APIResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/svg+xml"))
    @APIResponse(responseCode = "404", description = "APPOINTMENT_NOT_FOUND: no appointment has this code")
    public Response qrSvg(@PathParam("appointmentCode") String code) {
        return Response.ok(codes.svg(pageOf(code))).header("Cache-Control", QR_CACHE).build();
    }

    @GET
    @Path("appointments/{appointmentCode}/qr.png")
    @Produces("image/png")
    @PermitAll
    @RateLimited("booking-read")
    @Operation(summary = "The appointment's page address as a PNG QR code of size × size pixels (200–2000, default 300)")
    @APIResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/png"))
    @APIResponse(responseCode = "404", description = "APPOINTMENT_NOT_FOUND: no appointment has this code")
    public Response qrPng(@PathParam("appointmentCode") String code,
            @QueryParam("size") @DefaultValue("300") @Min(QrCodes.MIN_SIZE) @Max(QrCodes.MAX_SIZE) int size) {
        return Response.ok(codes.png(pageOf(code), size)).header("Cache-Control", QR_CACHE).build();
    }

    private String pageOf(String code) {
        return links.page(Appointment.byCode(code).code);
    }
}
