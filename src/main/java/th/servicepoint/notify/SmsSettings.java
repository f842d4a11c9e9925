package th.servicepoint.notify;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The SMS channel's gateway and limits; defaults in application.properties, the worked example of a gateway in
 * docs/operations.md ("SMS"). Unset {@link #urlTemplate()}: no SMS at all, and the pages do not offer it.
 */
@ConfigMapping(prefix = "servicepoint.notify.sms")
public interface SmsSettings {

    /**
     * Where a message goes, with {@code {phone}}, {@code {message}}, {@code {ticket}} and {@code {reference}} replaced,
     * each URL-encoded: {@code https://sms.example.co.th/api/send?to={phone}}. Unset: SMS is off.
     */
    Optional<String> urlTemplate();

    /** The HTTP method: POST (with {@link #bodyTemplate()}) or GET (no body). */
    @WithDefault("POST")
    Method method();

    /**
     * One header line sent with every request, {@code Name: value} (e.g. {@code Authorization: Bearer …}): the
     * gateway's credential, never logged.
     */
    Optional<String> authHeader();

    /**
     * The request body, with the same placeholders escaped for {@link #contentType()}: JSON string escapes for a JSON
     * type (the template holds the quotes: {@code {"to":"{phone}","text":"{message}"}}), form encoding for
     * {@code application/x-www-form-urlencoded}, XML escapes for an XML type, as they are otherwise.
     */
    @WithDefault("{\"to\":\"{phone}\",\"text\":\"{message}\"}")
    String bodyTemplate();

    /** The body's Content-Type; a JSON or form type also decides how the placeholders are escaped. */
    @WithDefault("application/json; charset=utf-8")
    String contentType();

    /** How {@code {phone}} is written: LOCAL 0812345678, INTERNATIONAL 66812345678 or E164 +66812345678. */
    @WithDefault("LOCAL")
    PhoneFormat phoneFormat();

    /** The longest one request may take; no answer within it counts as a failure, tried again later. */
    @WithDefault("PT10S")
    @DurationMin(millis = 100)
    Duration timeout();

    /**
     * Which notices go out by SMS, which the agency pays per message: by default the call-ahead and the call itself.
     * The others (TRANSFERRED, SURVEY, LINKED) may be added; each adds a message per ticket.
     */
    @WithDefault("CALL_AHEAD,CALLED")
    Set<NoticeKind> kinds();

    /**
     * Which notices carry their link. A ticket-page link is about 80 characters, more than a whole UCS-2 segment
     * (70), so a message with it costs two; the survey's notice is its link.
     */
    @WithDefault("SURVEY")
    Set<NoticeKind> linkKinds();

    /**
     * The key of the numbers' HMAC-SHA256 (ticket_follower.address_hash): the same on every instance and kept across
     * restarts, or a number's daily limit starts again. Required once {@link #urlTemplate()} is set.
     */
    Optional<String> hashSecret();

    /**
     * Different numbers one ticket may give (the first and its changes): whoever holds a ticket's link cannot use it
     * to text many numbers.
     */
    @WithDefault("2")
    @Min(1)
    @Max(10)
    int numbersPerTicket();

    /** Tickets one number may follow in a day (Asia/Bangkok), across every agency of the installation. */
    @WithDefault("3")
    @Min(1)
    @Max(100)
    int ticketsPerNumberPerDay();

    /**
     * Numbers one agency may take in a day (Asia/Bangkok), a bound on what a day of SMS can cost it: each number is
     * at most one text per kind texted. Unset: no bound.
     */
    Optional<Integer> numbersPerAgencyPerDay();

    /**
     * How long after a ticket is finished (done, cancelled) its number is cleared, once none of its messages is still
     * being sent: the last notices are written moments after the change that causes them. A no-show's number stays
     * through the reactivate window too.
     */
    @WithDefault("PT10M")
    Duration clearAfter();

    /** How often numbers of finished tickets are looked for and cleared (Quartz-free interval, e.g. 1m; off: never). */
    @WithDefault("1m")
    String clearEvery();

    enum Method {
        POST,
        GET
    }

    enum PhoneFormat {
        LOCAL,
        INTERNATIONAL,
        E164
    }
}
