package th.servicepoint.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.RunsIn;
import th.servicepoint.complaint.Complaint;
import th.servicepoint.complaint.ComplaintCategory;
import th.servicepoint.complaint.ComplaintCompanion;
import th.servicepoint.complaint.ComplaintStatus;
import th.servicepoint.complaint.TrackingCode;

/**
 * Following a complaint's status on LINE: the tracking page offers a link that opens the agency's chat with the
 * tracking code typed in, which the complainant holds anyway. Never for a corruption complaint: its reporter's LINE
 * account would then sit beside it, and it is not even visible in the agency's ordinary scope.
 */
@ApplicationScoped
class LineComplaints implements ComplaintCompanion {

    /** Three groups of four, as complaint/TrackingCode shows them; spaces or no dashes as people type them. */
    private static final Pattern CODE = Pattern.compile("\\b([2-9A-Z]{4})[-\\s]?([2-9A-Z]{4})[-\\s]?([2-9A-Z]{4})\\b");

    private final LineChannel line;
    private final LineSettings settings;
    private final Followers followers;
    private final EntityManager entityManager;

    LineComplaints(LineChannel line, LineSettings settings, Followers followers, EntityManager entityManager) {
        this.line = line;
        this.settings = settings;
        this.followers = followers;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<LineInvite> lineInvite(Complaint complaint) {
        if (!line.configured() || complaint.status == ComplaintStatus.CLOSED
                || complaint.category == ComplaintCategory.CORRUPTION) {
            return Optional.empty();
        }
        String text = "ติดตามเรื่องร้องเรียน " + complaint.trackingCode;
        return Optional.of(new LineInvite(LineMessages.chatUrl(settings.basicId().orElseThrow(), text), text));
    }

    /** The complaint tracking code a message holds, if it holds one. */
    static Optional<String> codeIn(String message) {
        Matcher matcher = CODE.matcher(message.toUpperCase());
        return matcher.find() ? TrackingCode.normalize(matcher.group(1) + matcher.group(2) + matcher.group(3))
                : Optional.empty();
    }

    /** The agency of the complaint with this code, looked up across agencies: the code is all LINE sends. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    Optional<Long> agencyOf(String code) {
        @SuppressWarnings("unchecked")
        List<Number> agency = entityManager.createNativeQuery("select agency_of_public_key('trackingCode', :code)")
                .setParameter("code", code).getResultList();
        return agency.stream().filter(java.util.Objects::nonNull).findFirst().map(Number::longValue);
    }

    /** Follows the complaint, in its agency's scope, where a corruption complaint is not found. */
    @Transactional
    Map<String, Object> follow(String code, String lineUser) {
        Complaint complaint = Complaint.<Complaint> find("trackingCode", code).firstResultOptional()
                .orElseThrow(() -> new ProblemException(404, "NOT_FOUND", "ไม่พบเรื่องร้องเรียนรหัส " + code,
                        "No complaint has the tracking code " + code));
        followers.followComplaint(complaint, lineUser);
        return LineMessages.text("ติดตามเรื่องร้องเรียน " + code + " แล้ว สถานะ: " + complaint.status.labelTh()
                + " ระบบจะแจ้งเมื่อสถานะเปลี่ยน",
                "Following complaint " + code + " (" + complaint.status.name().toLowerCase().replace('_', ' ')
                        + "); you will be told when it moves on.");
    }

}
