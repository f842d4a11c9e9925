package th.servicepoint.complaint;

import java.time.Instant;

/** A complaint as the staff allowed to see it read it. */
public record ComplaintDetail(long id, String trackingCode, ComplaintCategory category, ComplaintStatus status,
        String text, String contact, String servicePoint, String publicAnswer, Instant createdAt,
        Instant updatedAt) {

    static ComplaintDetail of(Complaint complaint) {
        return new ComplaintDetail(complaint.id, complaint.trackingCode, complaint.category, complaint.status,
                complaint.text, complaint.contact, complaint.servicePointCode(), complaint.publicAnswer,
                complaint.createdAt, complaint.updatedAt);
    }
}
