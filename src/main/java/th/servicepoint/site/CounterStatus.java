package th.servicepoint.site;

public enum CounterStatus {
    OPEN,
    PAUSED,
    CLOSED
}
