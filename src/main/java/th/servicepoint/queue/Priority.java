package th.servicepoint.queue;

public enum Priority {
    NORMAL,
    ELDERLY,
    DISABLED,
    PREGNANT,
    MONK
}
