package th.servicepoint.notify;

import java.util.List;

/**
 * What the ticket page and the kiosk know about SMS for a ticket.
 *
 * @param offered whether a number can be given now: the installation sends SMS and the ticket is not finished
 * @param phone the number being texted, all but its last three digits hidden (0••-•••-•678); null when none
 * @param kinds which notices are texted (CALL_AHEAD, CALLED …), so the page can say when a text comes
 * @param numbersLeft how many more different numbers the ticket may be given
 */
public record SmsView(boolean offered, String phone, List<NoticeKind> kinds, int numbersLeft) {
}
