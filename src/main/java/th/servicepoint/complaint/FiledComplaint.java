package th.servicepoint.complaint;

import java.time.Instant;

/** The answer to a citizen who filed a complaint: the tracking code, with a reminder to keep it. */
public record FiledComplaint(String trackingCode, ComplaintStatus status, ComplaintCategory category,
        Instant createdAt, String messageTh, String message) {

    static FiledComplaint of(Complaint complaint) {
        String code = complaint.trackingCode;
        return new FiledComplaint(code, complaint.status, complaint.category, complaint.createdAt,
                "รับเรื่องร้องเรียนแล้ว กรุณาเก็บรหัสติดตาม " + code
                        + " ไว้เพื่อติดตามความคืบหน้าและคำตอบของหน่วยงาน รหัสนี้แสดงเพียงครั้งเดียว",
                "Your complaint was received. Keep the tracking code " + code
                        + " to follow its progress and read the agency's answer; it is shown only once.");
    }
}
