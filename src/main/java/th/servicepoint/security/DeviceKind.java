package th.servicepoint.security;

/** What a device key opens: a kiosk issues tickets, a lobby display shows the hall, a counter screen its counter. */
public enum DeviceKind {
    KIOSK,
    DISPLAY,
    /** The screen above one counter, which shows each citizen served there their survey QR: bound to that counter. */
    COUNTER
}
