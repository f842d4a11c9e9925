package th.servicepoint.appointment;

/** BOOKED → CHECKED_IN (a ticket issued), CANCELLED (by the citizen) or NO_SHOW (marked by staff). */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW
}
