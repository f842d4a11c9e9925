package th.servicepoint.notify;

import java.util.Set;

/**
 * A notice as an SMS: its Thai text only, and its link only for the kinds that need one. Thai needs UCS-2, where one
 * message holds 70 characters and a longer one is sent (and charged) in parts of 67; an English line would add a part
 * for the few who need it, and a ticket-page link (about 80 characters) a part or two. docs/operations.md ("SMS")
 * lists what each kind costs.
 */
final class SmsText {

    /** Characters of one UCS-2 message, and of each part of a longer one (the rest carries the joining header). */
    static final int SINGLE = 70;
    static final int PART = 67;

    private SmsText() {
    }

    static String of(Notice notice, Set<NoticeKind> linkKinds) {
        String text = notice.textTh().strip().replaceAll("\\s+", " ");
        boolean link = notice.url() != null && !notice.url().isBlank() && linkKinds.contains(notice.kind());
        return link ? text + " " + notice.url() : text;
    }

    /** The parts a text is sent in as UCS-2 (every Thai message is), counted in UTF-16 units as the network does. */
    static int parts(String text) {
        int length = text.length();
        return length <= SINGLE ? 1 : (length + PART - 1) / PART;
    }
}
