package th.servicepoint.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** Pushes notices to LINE users through the agency's official account, and replies to what they send it. */
@ApplicationScoped
class LineChannel implements CompanionChannel {

    private static final Logger LOG = Logger.getLogger(LineChannel.class);

    private final LineSettings settings;
    private final LineApi api;

    LineChannel(LineSettings settings) {
        this.settings = settings;
        this.api = QuarkusRestClientBuilder.newBuilder().baseUri(settings.apiBaseUrl())
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS).build(LineApi.class);
    }

    @Override
    public FollowerChannel channel() {
        return FollowerChannel.LINE;
    }

    @Override
    public boolean configured() {
        return settings.channelAccessToken().isPresent() && settings.channelSecret().isPresent()
                && settings.basicId().isPresent();
    }

    /**
     * 409: LINE has delivered a push with this retry key already (an earlier try whose answer was lost). 400: LINE
     * refuses the user id. Anything else unanswered is tried again.
     */
    @Override
    public Delivery send(String userId, Notice notice) {
        try {
            api.push(bearer(), notice.retryKey().toString(),
                    new LineApi.Push(userId, List.of(LineMessages.notice(notice))));
            return Delivery.SENT;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.debugf("LINE answered %d to a push", status);
            return status == 409 ? Delivery.SENT : status == 400 ? Delivery.GONE : Delivery.FAILED;
        } catch (ProcessingException e) {
            LOG.warnf("LINE could not be reached: %s", e.getMessage());
            return Delivery.FAILED;
        }
    }

    /** Answers a webhook event; free, and best effort: a reply token is valid once, for a short while. */
    void reply(String replyToken, List<Map<String, Object>> messages) {
        try {
            api.reply(bearer(), new LineApi.Reply(replyToken, messages));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("A LINE reply was not delivered: %s", e.getMessage());
        }
    }

    private String bearer() {
        return "Bearer " + settings.channelAccessToken().orElse("");
    }
}
