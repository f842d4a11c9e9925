package th.servicepoint.queue;

public enum Channel {
    KIOSK,
    COUNTER,
    WEB
}
