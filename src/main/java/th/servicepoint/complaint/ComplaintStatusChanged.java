package th.servicepoint.complaint;

import java.time.Instant;

/**
 * A complaint moved on (fired in the transaction of the change): whoever follows it (the companion, on LINE) is told.
 * Carries what the complainant sees when tracking, never the text or the contact.
 */
public record ComplaintStatusChanged(long complaintId, String trackingCode, ComplaintStatus status,
        String publicAnswer, Instant at) {
}
