package th.servicepoint.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * SMS through the agency's HTTP gateway (servicepoint.notify.sms.*): one request per message, made from the settings'
 * templates; turning Thai into UCS-2 is the gateway's job. The JDK's HttpClient sends it: the request's address,
 * header and body all come from settings, which a typed REST client interface would only wrap, and it adds no
 * dependency. Answers: 2xx sent; 400, 410 and 422 are the gateway refusing this number (unknown, barred, opted out),
 * so the follower is stopped instead of tried again all day; anything else (429, 5xx, 401/403 credentials, 404 a wrong
 * address, no answer in time) is the gateway's or our setting's problem and is tried again later.
 *
 * The number is never logged: not in a line of ours, not echoed back in a gateway's error (digits are masked there).
 */
@ApplicationScoped
public class SmsChannel implements CompanionChannel {

    private static final Logger LOG = Logger.getLogger(SmsChannel.class);
    /** Refusals of the message itself, not of our request's credentials or address. */
    private static final Set<Integer> NUMBER_REFUSED = Set.of(400, 410, 422);
    private static final Pattern DIGIT_RUNS = Pattern.compile("\\+?\\d[\\d\\s-]{6,}\\d");
    private static final int LOGGED_BODY = 200;

    private final SmsSettings settings;
    private final PhoneHashes hashes;
    private final SmsRequests requests;
    private final HttpClient client;

    SmsChannel(SmsSettings settings, PhoneHashes hashes) {
        this.settings = settings;
        this.hashes = hashes;
        this.requests = settings.urlTemplate().filter(url -> !url.isBlank()).map(url -> new SmsRequests(settings))
                .orElse(null);
        // HTTP/1.1: some gateways answer the h2c upgrade of a plain-http request badly; redirects are a wrong URL
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A gateway without the numbers' hash key would keep numbers no limit can count: the start stops instead. */
    void requireHashKey(@Observes StartupEvent started) {
        if (requests != null && !hashes.ready()) {
            throw new IllegalStateException("servicepoint.notify.sms.url-template is set but "
                    + "servicepoint.notify.sms.hash-secret is not: set it (the same on every instance, kept across "
                    + "restarts), see docs/operations.md, \"SMS\"");
        }
    }

    @Override
    public FollowerChannel channel() {
        return FollowerChannel.SMS;
    }

    @Override
    public boolean configured() {
        return requests != null && hashes.ready();
    }

    /**
     * Only the kinds of servicepoint.notify.sms.kinds (default the call-ahead and the call) are texted: each is paid
     * for; the dispatcher queues no SMS notice of another kind.
     */
    @Override
    public boolean carries(NoticeKind kind) {
        return settings.kinds().contains(kind);
    }

    @Override
    public Delivery send(String address, Notice notice) {
        if (address == null) {
            return Delivery.GONE; // cleared: the ticket is finished
        }
        if (!configured()) {
            return Delivery.FAILED;
        }
        ThaiMobile number = ThaiMobile.ofE164(address);
        String text = SmsText.of(notice, settings.linkKinds());
        HttpResponse<String> response;
        try {
            response = client.send(requests.request(number, text, notice),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            LOG.warnf("SMS gateway did not answer notice %d within %s; it is tried again later", notice.id(),
                    settings.timeout());
            return Delivery.FAILED;
        } catch (IOException e) {
            LOG.warnf("SMS gateway unreachable for notice %d (%s); it is tried again later", notice.id(),
                    e.getClass().getSimpleName());
            return Delivery.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.FAILED;
        }
        return delivery(response.statusCode(), response.body(), notice, text);
    }

    private static Delivery delivery(int status, String body, Notice notice, String text) {
        if (status >= 200 && status < 300) {
            LOG.debugf("SMS notice %d (%s) sent in %d part(s)", (Object) notice.id(), notice.kind(), SmsText.parts(text));
            return Delivery.SENT;
        }
        String said = masked(body);
        if (NUMBER_REFUSED.contains(status)) {
            LOG.infof("SMS gateway refused notice %d with %d (%s): its number gets no more messages", notice.id(),
                    status, said);
            return Delivery.GONE;
        }
        if (status == 401 || status == 403 || status == 404 || (status >= 300 && status < 400)) {
            LOG.errorf("SMS gateway answered %d to notice %d (%s): check servicepoint.notify.sms.url-template and "
                    + "auth-header; it is tried again later", status, notice.id(), said);
        } else {
            LOG.warnf("SMS gateway answered %d to notice %d (%s); it is tried again later", status, notice.id(), said);
        }
        return Delivery.FAILED;
    }

    /** The start of a gateway's answer for the log, with any run of digits that could be a number masked. */
    static String masked(String body) {
        if (body == null || body.isBlank()) {
            return "no body";
        }
        String start = body.length() > LOGGED_BODY ? body.substring(0, LOGGED_BODY) + "…" : body;
        return DIGIT_RUNS.matcher(start.replaceAll("\\s+", " ")).replaceAll("•••");
    }
}
