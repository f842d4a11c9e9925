package th.servicepoint.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;
import th.servicepoint.queue.CitizenRequests;

/**
 * What the agency's LINE account answers to one webhook event
 * (https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects):
 * a message with a code follows its ticket and gets the ticket card (one with a complaint's tracking code follows that
 * complaint, one asking for an appointment's reminders follows that appointment); the quick replies of a call-ahead
 * ask for more time or cancel; unfollowing (blocking the account) stops every following of that user. Each piece of work runs
 * in
 * the scope of the ticket's agency, found from what LINE sent (a code, or a notice the user was sent).
 */
@ApplicationScoped
class LineConversation {

    private static final String VIA = "LINE";
    private static final Map<String, Object> HELP = LineMessages.text(
            "ส่งข้อความจากปุ่ม \"รับแจ้งเตือนทาง LINE\" ในหน้าบัตรคิว (สแกน QR บนบัตรคิว) เพื่อรับแจ้งเตือนเมื่อใกล้ถึงคิว",
            "Send the message from the \"Notify me on LINE\" button of your ticket's page (scan the QR code on your"
                    + " ticket) to be told when your turn is near.");

    private final LineLinks links;
    private final LineComplaints complaints;
    private final LineAppointments appointments;
    private final LineChannel line;
    private final CitizenRequests requests;
    private final NotifySettings settings;

    LineConversation(LineLinks links, LineComplaints complaints, LineAppointments appointments, LineChannel line,
            CitizenRequests requests, NotifySettings settings) {
        this.links = links;
        this.complaints = complaints;
        this.appointments = appointments;
        this.line = line;
        this.requests = requests;
        this.settings = settings;
    }

    void handle(JsonNode event) {
        String user = event.path("source").path("userId").asText(null);
        String replyToken = event.path("replyToken").asText(null);
        if (user == null) {
            return;
        }
        Optional<Map<String, Object>> answer = switch (event.path("type").asText()) {
            case "message" -> Optional.of(message(event.path("message"), user));
            case "postback" -> Optional.of(postback(event.path("postback").path("data").asText(""), user));
            case "follow" -> Optional.of(HELP);
            case "unfollow" -> {
                links.unfollow(user);
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
        if (replyToken != null) {
            answer.ifPresent(message -> line.reply(replyToken, List.of(message)));
        }
    }

    private Map<String, Object> message(JsonNode message, String user) {
        String text = "text".equals(message.path("type").asText()) ? message.path("text").asText("") : "";
        Optional<String> appointment = LineAppointments.codeIn(text);
        if (appointment.isPresent()) {
            return followAppointment(appointment.get(), user);
        }
        Optional<String> complaint = LineComplaints.codeIn(text);
        if (complaint.isPresent()) {
            return followComplaint(complaint.get(), user);
        }
        Optional<String> code = LineLinks.codeIn(text);
        if (code.isEmpty()) {
            return HELP;
        }
        Optional<Long> agency = links.agencyOf(code.get());
        if (agency.isEmpty()) {
            return LineMessages.text("ไม่พบรหัสนี้ กรุณากดปุ่ม LINE ในหน้าบัตรคิวอีกครั้ง",
                    "This code was not found; tap the LINE button on your ticket's page again.");
        }
        return inAgency(agency.get(), () -> links.link(code.get(), user));
    }

    /** In the agency the code names, as the booking page's calls by code are; an unknown code finds nothing there. */
    private Map<String, Object> followAppointment(String code, String user) {
        return inScope(AgencyScope.publicKey("appointmentCode", code), () -> appointments.follow(code, user));
    }

    private Map<String, Object> followComplaint(String code, String user) {
        Optional<Long> agency = complaints.agencyOf(code);
        if (agency.isEmpty()) {
            return LineMessages.text("ไม่พบเรื่องร้องเรียนรหัส " + code + " กรุณาตรวจสอบรหัสติดตามอีกครั้ง",
                    "No complaint has the tracking code " + code + "; check the code and try again.");
        }
        return inAgency(agency.get(), () -> complaints.follow(code, user));
    }

    private Map<String, Object> postback(String data, String user) {
        boolean moreTime = data.startsWith(LineMessages.MORE_TIME);
        if (!moreTime && !data.startsWith(LineMessages.CANCEL)) {
            return HELP;
        }
        Optional<LineLinks.Answered> answered = links.answered(data.substring(data.indexOf(':') + 1), user);
        if (answered.isEmpty()) {
            return HELP;
        }
        long ticket = answered.get().ticketId();
        return inAgency(answered.get().agencyId(), () -> moreTime ? moreTime(ticket) : cancel(ticket));
    }

    private Map<String, Object> moreTime(long ticket) {
        CitizenRequests.MoreTime moved = requests.moreTime(ticket, settings.moreTimePlaces(), VIA);
        return moved.movedBack() == 0
                ? LineMessages.text("ได้รับคำขอแล้ว ไม่มีคิวต่อจาก " + moved.number() + " จึงยังอยู่ลำดับเดิม",
                        "Noted: nobody waits after " + moved.number() + ", so it keeps its place.")
                : LineMessages.text(
                        "เลื่อนคิว " + moved.number() + " ไปหลัง " + moved.movedBack() + " คิวถัดไปแล้ว"
                                + " ระบบจะแจ้งอีกครั้งเมื่อถึงคิว",
                        "Ticket " + moved.number() + " now goes after the next " + moved.movedBack()
                                + "; you will be told when it is called.");
    }

    private Map<String, Object> cancel(long ticket) {
        String number = requests.cancel(ticket, VIA);
        return LineMessages.text("ยกเลิกคิว " + number + " แล้ว ขอบคุณที่แจ้ง", "Ticket " + number
                + " is cancelled. Thank you for letting us know.");
    }

    /** Runs work in an agency's scope; a refusal becomes the answer, in Thai and English. */
    private static Map<String, Object> inAgency(long agency, Supplier<Map<String, Object>> work) {
        return inScope(AgencyScope.of(agency), work);
    }

    private static Map<String, Object> inScope(AgencyScope scope, Supplier<Map<String, Object>> work) {
        try {
            return AgencyScopes.call(scope, work);
        } catch (ProblemException refused) {
            return LineMessages.text(refused.messageTh(), refused.getMessage());
        }
    }
}
