package th.servicepoint.complaint;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.site.ServicePointAdmin;

/** The public side: a citizen files a complaint and follows it with the tracking code. */
@ApplicationScoped
public class ComplaintIntake {

    private final ServicePointAdmin servicePoints;
    private final Instance<ComplaintCompanion> companion;
    private final Clock clock;

    ComplaintIntake(ServicePointAdmin servicePoints, Instance<ComplaintCompanion> companion, Clock clock) {
        this.servicePoints = servicePoints;
        this.companion = companion;
        this.clock = clock;
    }

    /**
     * No audit row names the filer: the channel must stay usable anonymously. A tracking code or reference
     * collision (about 2^-59 or 2^-49 per pair) fails on the unique key rather than being retried.
     */
    @Transactional
    public FiledComplaint file(ComplaintForm form) {
        Complaint complaint = new Complaint();
        complaint.servicePoint = servicePoint(form.servicePoint());
        complaint.trackingCode = TrackingCode.generate();
        complaint.reference = ComplaintReference.generate();
        complaint.category = form.category();
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.text = form.text().strip();
        complaint.contact = blankToNull(form.contact());
        complaint.createdAt = clock.instant();
        complaint.updatedAt = complaint.createdAt;
        complaint.persist();
        return FiledComplaint.of(complaint);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrackedComplaint track(String typedCode) {
        return TrackingCode.normalize(typedCode)
                .flatMap(code -> Complaint.find("trackingCode", code).<Complaint> firstResultOptional())
                .map(complaint -> TrackedComplaint.of(complaint, lineInvite(complaint)))
                .orElseThrow(() -> new ProblemException(404, "NOT_FOUND",
                        "ไม่พบเรื่องร้องเรียนรหัส " + typedCode + " กรุณาตรวจสอบรหัสติดตามอีกครั้ง",
                        "No complaint has the tracking code " + typedCode + "; check the code and try again"));
    }

    private ComplaintCompanion.LineInvite lineInvite(Complaint complaint) {
        return companion.isResolvable() ? companion.get().lineInvite(complaint).orElse(null) : null;
    }

    private ServicePoint servicePoint(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return servicePoints.find(code.strip()).orElseThrow(() -> ProblemException.invalid("servicePoint",
                "ไม่มีจุดบริการรหัส '" + code.strip() + "'", "There is no service point '" + code.strip() + "'"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
