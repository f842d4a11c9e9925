package th.servicepoint.queue;

public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW,
    CANCELLED
}
