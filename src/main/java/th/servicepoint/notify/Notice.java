package th.servicepoint.notify;

import java.util.UUID;

/** PLACEHOLDER of the lead's contract (issue 18), replaced by main's file at the merge. */
public record Notice(long id, NoticeKind kind, String ticketNumber, String textTh, String textEn, String url,
        boolean offersMoreTime, UUID retryKey) {
}
