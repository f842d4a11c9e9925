package th.servicepoint.complaint;

import java.time.Instant;

/**
 * A complaint as the staff allowed to see it read it.
 *
 * @param contact null when none was given or when it was removed
 * @param contactRemovedAt when the data retention purge removed the contact (some time after the complaint was
 *        closed); null otherwise
 */
public record ComplaintDetail(String reference, String trackingCode, ComplaintCategory category, ComplaintStatus status,
        String text, String contact, Instant contactRemovedAt, String servicePoint, String publicAnswer,
        Instant createdAt, Instant updatedAt) {

    static ComplaintDetail of(Complaint complaint) {
        return new ComplaintDetail(complaint.reference, complaint.trackingCode, complaint.category, complaint.status,
                complaint.text, complaint.contact, complaint.contactRemovedAt, complaint.servicePointCode(),
                complaint.publicAnswer, complaint.createdAt, complaint.updatedAt);
    }
}
