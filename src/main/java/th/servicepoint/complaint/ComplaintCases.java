package th.servicepoint.complaint;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.security.Caller;
import th.servicepoint.security.Role;

/**
 * The staff side: complaint officers handle every category; administrators and executives never learn that a
 * corruption complaint exists. Every read of a corruption complaint leaves an audit row naming the reader.
 */
@ApplicationScoped
public class ComplaintCases {

    private static final int PAGE_SIZE = 50;
    /** Five million complaints, more than any agency files; the row offset (page × size) must not overflow an int. */
    public static final int LAST_PAGE = 100_000;

    private final Caller caller;
    private final AuditTrail audit;
    private final Event<ComplaintStatusChanged> changed;
    private final Clock clock;

    ComplaintCases(Caller caller, AuditTrail audit, Event<ComplaintStatusChanged> changed, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock;
    }

    /** Newest first, {@link #PAGE_SIZE} a page; a filter the caller may not see gives an empty page. */
    @Transactional
    public List<ComplaintSummary> list(ComplaintStatus status, ComplaintCategory category, int page) {
        StringBuilder query = new StringBuilder("from Complaint c left join fetch c.servicePoint"
                + " where c.category in :visible");
        Parameters parameters = Parameters.with("visible", visibleCategories());
        if (status != null) {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        }
        if (category != null) {
            query.append(" and c.category = :category");
            parameters.and("category", category);
        }
        query.append(" order by c.createdAt desc, c.id desc");
        List<Complaint> found = Complaint.<Complaint> find(query.toString(), parameters)
                .page(Page.of(page, PAGE_SIZE)).list();
        auditCorruptionShown(found);
        return found.stream().map(ComplaintSummary::of).toList();
    }

    @Transactional
    public ComplaintDetail get(String reference) {
        Complaint complaint = requireVisible(reference);
        if (complaint.category == ComplaintCategory.CORRUPTION) {
            audit.complaint("COMPLAINT_READ", servicePointId(complaint),
                    "complaint " + complaint.reference + " (CORRUPTION)");
        }
        return ComplaintDetail.of(complaint);
    }

    /** Moves the status and the public answer only: the category and the text stay as filed. */
    @Transactional
    public ComplaintDetail changeStatus(String reference, StatusChange change) {
        refuseRefiling(change);
        Complaint complaint = requireVisible(reference);
        ComplaintStatus from = complaint.status;
        if (!from.canMoveTo(change.status())) {
            throw ProblemException.conflict("COMPLAINT_STATUS",
                    "เปลี่ยนสถานะเรื่องร้องเรียนจาก " + from + " เป็น " + change.status()
                            + " ไม่ได้ สถานะเดินหน้าได้อย่างเดียว: RECEIVED → IN_PROGRESS → CLOSED",
                    "A complaint cannot move from " + from + " to " + change.status()
                            + "; it only moves forward: RECEIVED → IN_PROGRESS → CLOSED");
        }
        if (change.publicAnswer() != null && !change.publicAnswer().isBlank()) {
            complaint.publicAnswer = change.publicAnswer().strip();
        }
        requireAnswerWhenClosed(complaint, change.status());
        complaint.status = change.status();
        complaint.updatedAt = clock.instant();
        audit.complaint("COMPLAINT_STATUS", servicePointId(complaint),
                "complaint " + complaint.reference + " (" + complaint.category + "): " + from + " → " + complaint.status);
        changed.fire(new ComplaintStatusChanged(complaint.id, complaint.trackingCode, complaint.status,
                complaint.publicAnswer, complaint.updatedAt));
        return ComplaintDetail.of(complaint);
    }

    private Set<ComplaintCategory> visibleCategories() {
        return visibleTo(caller);
    }

    /** Only complaint officers learn anything about a single corruption complaint. */
    static Set<ComplaintCategory> visibleTo(Caller caller) {
        return caller.is(Role.COMPLAINT_OFFICER) ? EnumSet.allOf(ComplaintCategory.class)
                : EnumSet.complementOf(EnumSet.of(ComplaintCategory.CORRUPTION));
    }

    /** A complaint the caller may not see is reported exactly like one that does not exist. */
    private Complaint requireVisible(String reference) {
        return ComplaintReference.normalize(reference)
                .flatMap(normalized -> Complaint.find("reference", normalized).<Complaint> firstResultOptional())
                .filter(complaint -> visibleCategories().contains(complaint.category))
                .orElseThrow(() -> ProblemException.notFound("Complaint", "เรื่องร้องเรียน", reference));
    }

    /** What a complainant filed is evidence: no one re-files it under another category or with other words. */
    private static void refuseRefiling(StatusChange change) {
        if (change.category() != null) {
            throw ProblemException.invalid("category",
                    "ประเภทของเรื่องร้องเรียนเปลี่ยนไม่ได้หลังยื่นเรื่อง เปลี่ยนได้เฉพาะสถานะและคำตอบถึงผู้ร้องเรียน",
                    "A complaint's category cannot change after filing; only its status and public answer can");
        }
        if (change.text() != null) {
            throw ProblemException.invalid("text",
                    "ข้อความของเรื่องร้องเรียนแก้ไขไม่ได้หลังยื่นเรื่อง เปลี่ยนได้เฉพาะสถานะและคำตอบถึงผู้ร้องเรียน",
                    "A complaint's text cannot change after filing; only its status and public answer can");
        }
    }

    /** The complainant is told the outcome: a complaint is not closed without a public answer. */
    private static void requireAnswerWhenClosed(Complaint complaint, ComplaintStatus next) {
        if (next == ComplaintStatus.CLOSED && complaint.publicAnswer == null) {
            throw ProblemException.invalid("publicAnswer", "ต้องระบุคำตอบถึงผู้ร้องเรียนก่อนปิดเรื่อง",
                    "Give the complainant a public answer before closing the complaint");
        }
    }

    private void auditCorruptionShown(List<Complaint> shown) {
        String ids = shown.stream().filter(complaint -> complaint.category == ComplaintCategory.CORRUPTION)
                .map(complaint -> complaint.reference).collect(Collectors.joining(", "));
        if (!ids.isEmpty()) {
            audit.complaint("COMPLAINT_LIST", null, "CORRUPTION complaints listed: " + ids);
        }
    }

    private static Long servicePointId(Complaint complaint) {
        return complaint.servicePoint == null ? null : complaint.servicePoint.id;
    }
}
