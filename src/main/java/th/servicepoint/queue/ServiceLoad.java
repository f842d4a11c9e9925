package th.servicepoint.queue;

/** How busy one service is now: what the wait estimate is computed from. */
public record ServiceLoad(long serviceId, int waiting, int openCounters, double minutesPerTicket) {

    /**
     * Minutes until a ticket with {@code ahead} people before it is called: each open counter serving the service
     * takes one of them every {@code minutesPerTicket}. With no counter open we assume one will open, rather than
     * showing an endless wait.
     */
    public int estimateFor(int ahead) {
        return (int) Math.ceil(ahead * minutesPerTicket / Math.max(openCounters, 1));
    }
}
