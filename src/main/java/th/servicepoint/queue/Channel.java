package th.servicepoint.queue;

/** How a ticket was issued. */
public enum Channel {
    KIOSK,
    COUNTER,
    WEB,
    /** By the citizen from their own phone before coming in (remote joining, {@link RemoteJoining}). */
    REMOTE,
    /** At a check-in of an appointment: the ticket carries the slot's start ({@link Ticket#appointmentAt}). */
    APPOINTMENT;

    /**
     * Whether only the citizen can hold the ticket's page, and with it the survey link: a ticket they took at the
     * kiosk or from their phone, or checked in for (a clerk's check-in answer leaves the tracking token out).
     */
    public boolean pageHeldByCitizenOnly() {
        return this == KIOSK || this == REMOTE || this == APPOINTMENT;
    }
}
