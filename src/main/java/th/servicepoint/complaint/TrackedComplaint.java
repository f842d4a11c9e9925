package th.servicepoint.complaint;

import java.time.Instant;

/**
 * What anyone holding the tracking code sees: never the text or the contact. {@code line}: how to follow its status on
 * the agency's LINE account, where that is offered.
 */
public record TrackedComplaint(String trackingCode, ComplaintCategory category, ComplaintStatus status,
        Instant createdAt, Instant updatedAt, String publicAnswer, ComplaintCompanion.LineInvite line) {

    static TrackedComplaint of(Complaint complaint, ComplaintCompanion.LineInvite line) {
        return new TrackedComplaint(complaint.trackingCode, complaint.category, complaint.status, complaint.createdAt,
                complaint.updatedAt, complaint.publicAnswer, line);
    }
}
