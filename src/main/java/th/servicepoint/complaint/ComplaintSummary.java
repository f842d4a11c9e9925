package th.servicepoint.complaint;

import java.time.Instant;

/** A line of the staff list; the text and the contact are only in the detail. */
public record ComplaintSummary(String reference, String trackingCode, ComplaintCategory category, ComplaintStatus status,
        String servicePoint, Instant createdAt, Instant updatedAt) {

    static ComplaintSummary of(Complaint complaint) {
        return new ComplaintSummary(complaint.reference, complaint.trackingCode, complaint.category, complaint.status,
                complaint.servicePointCode(), complaint.createdAt, complaint.updatedAt);
    }
}
