package th.servicepoint.appointment;

import java.time.Instant;

/**
 * An appointment as its citizen sees it. {@code code} in groups of four; {@code pageUrl} the booking page that shows
 * it (its QR holds this address, which ends in the code); {@code ticketNumber} once checked in; the kiosk checks it
 * in from {@code checkInFrom} until {@code checkInUntil}.
 */
public record AppointmentView(String code, AppointmentStatus status, String servicePoint, String servicePointName,
        String servicePointNameEn, String service, String serviceName, String serviceNameEn, Instant start, Instant end,
        Instant checkInFrom, Instant checkInUntil, Instant bookedAt, String ticketNumber, String pageUrl, String qrSvgUrl,
        String qrPngUrl, String cancelUrl) {
}
