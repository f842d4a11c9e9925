package th.servicepoint.notify;

import java.util.UUID;

/**
 * One worded message to one follower, Thai first and English second; a channel formats it for its medium.
 *
 * @param url the ticket's page, or for {@link NoticeKind#SURVEY} the survey link; null when there is none
 * @param offersMoreTime whether the citizen may answer "a few more minutes" or "cancel" (LINE's quick replies)
 * @param retryKey the same for every attempt at this notice, so a receiver that knows it delivers it once
 */
public record Notice(long id, NoticeKind kind, String ticketNumber, String textTh, String textEn, String url,
        boolean offersMoreTime, UUID retryKey) {
}
