package th.servicepoint.appointment;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.PublicAddress;
import th.servicepoint.queue.Ticket;

/**
 * The addresses of an appointment: its page {@code {public-base-url}/book/#CODE} (the code in the fragment, which
 * browsers do not send to servers, so it stays out of access logs), which its QR holds, and its API addresses.
 */
@ApplicationScoped
public class AppointmentLinks {

    private final PublicAddress address;
    private final AppointmentSettings settings;

    AppointmentLinks(PublicAddress address, AppointmentSettings settings) {
        this.address = address;
        this.settings = settings;
    }

    public String page(String code) {
        return address.link("/book/#" + code);
    }

    AppointmentView view(Appointment appointment) {
        String api = "/api/v1/appointments/" + appointment.code;
        return new AppointmentView(BookingCodes.display(appointment.code), appointment.status,
                appointment.servicePoint.code, appointment.servicePoint.nameTh, appointment.servicePoint.nameEn,
                appointment.service.prefix, appointment.service.nameTh, appointment.service.nameEn,
                appointment.slotStart, appointment.slotEnd, appointment.checkInFrom(settings),
                appointment.checkInUntil(settings), appointment.bookedAt,
                appointment.ticketId == null ? null : Ticket.<Ticket> findById(appointment.ticketId).number,
                page(appointment.code),
                api + "/qr.svg", api + "/qr.png", api + "/cancel");
    }
}
