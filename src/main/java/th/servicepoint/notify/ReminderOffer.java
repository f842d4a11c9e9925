package th.servicepoint.notify;

import java.util.List;

/**
 * Which contacts a booking's reminders can reach here, so the booking page asks only for one that will be used.
 *
 * @param sms a mobile number is texted (the SMS gateway is set up and reminders use it)
 * @param email an e-mail address is mailed
 * @param lineBasicId the LINE account whose chat takes "เตือนนัดหมาย" and the code (null: no LINE reminders), for
 *        {@code https://line.me/R/oaMessage/{basicId}/?{text}}
 * @param before how long before the slot each reminder goes (ISO-8601 durations, longest first)
 */
public record ReminderOffer(boolean sms, boolean email, String lineBasicId, List<String> before) {
}
