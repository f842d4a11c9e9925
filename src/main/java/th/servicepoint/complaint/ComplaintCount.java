package th.servicepoint.complaint;

/** How many complaints of one category are in one status. */
public record ComplaintCount(ComplaintCategory category, ComplaintStatus status, long count) {
}
