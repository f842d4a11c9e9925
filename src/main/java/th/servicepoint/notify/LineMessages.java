package th.servicepoint.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** LINE message objects (https://developers.line.biz/en/reference/messaging-api/#message-objects), Thai first. */
final class LineMessages {

    /** The quick replies' postback data: an action and the notice it answers. */
    static final String MORE_TIME = "more-time:";
    static final String CANCEL = "cancel:";
    /** LINE's limit for a quick reply's label. */
    private static final String MORE_TIME_LABEL = "ขอเวลาอีก 10 นาที";
    private static final String CANCEL_LABEL = "ยกเลิกคิว";

    /** What the ticket card shows. */
    record Card(String number, String serviceTh, String serviceEn, String servicePoint, String stateTh,
            String stateEn, String url) {
    }

    private LineMessages() {
    }

    /** The address that opens a chat with the account, this text typed in (LINE's oaMessage link). */
    static String chatUrl(String basicId, String text) {
        return "https://line.me/R/oaMessage/" + encode(basicId) + "/?" + encode(text);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, Object> notice(Notice notice) {
        String text = notice.textTh() + "\n" + notice.textEn() + (notice.url() == null ? "" : "\n" + notice.url());
        if (!notice.offersMoreTime()) {
            return text(text);
        }
        return Map.of("type", "text", "text", text, "quickReply", Map.of("items",
                List.of(postback(MORE_TIME_LABEL, MORE_TIME + notice.id()), postback(CANCEL_LABEL,
                        CANCEL + notice.id()))));
    }

    static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }

    static Map<String, Object> text(String th, String en) {
        return text(th + "\n" + en);
    }

    /** A ticket as a card: its number large, its service, where it stands, and a button to its page. */
    static Map<String, Object> card(Card card) {
        List<Object> body = List.of(
                Map.of("type", "text", "text", "บัตรคิว · Ticket", "size", "sm", "color", "#555555"),
                Map.of("type", "text", "text", card.number(), "size", "4xl", "weight", "bold"),
                Map.of("type", "text", "text", card.serviceTh() + " · " + card.serviceEn(), "wrap", true),
                Map.of("type", "text", "text", card.servicePoint(), "size", "sm", "color", "#555555", "wrap", true),
                Map.of("type", "text", "text", card.stateTh(), "weight", "bold", "wrap", true, "margin", "md"),
                Map.of("type", "text", "text", card.stateEn(), "size", "sm", "wrap", true));
        Map<String, Object> bubble = card.url() == null
                ? Map.of("type", "bubble", "body", box(body))
                : Map.of("type", "bubble", "body", box(body), "footer", box(List.of(Map.of("type", "button", "style",
                        "primary", "action", Map.of("type", "uri", "label", "ดูสถานะคิว · Status", "uri",
                                card.url())))));
        return Map.of("type", "flex", "altText", "บัตรคิว " + card.number() + " · " + card.stateTh(), "contents",
                bubble);
    }

    private static Map<String, Object> box(List<Object> contents) {
        return Map.of("type", "box", "layout", "vertical", "spacing", "sm", "contents", contents);
    }

    private static Map<String, Object> postback(String label, String data) {
        return Map.of("type", "action", "action",
                Map.of("type", "postback", "label", label, "data", data, "displayText", label));
    }
}
