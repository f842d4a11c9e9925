package th.servicepoint.complaint;

import java.time.Instant;

/** What anyone holding the tracking code sees: never the text or the contact. */
public record TrackedComplaint(String trackingCode, ComplaintCategory category, ComplaintStatus status,
        Instant createdAt, Instant updatedAt, String publicAnswer) {

    static TrackedComplaint of(Complaint complaint) {
        return new TrackedComplaint(complaint.trackingCode, complaint.category, complaint.status, complaint.createdAt,
                complaint.updatedAt, complaint.publicAnswer);
    }
}
