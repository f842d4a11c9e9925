package th.servicepoint.notify;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * The two calls of LINE's Messaging API the companion makes (https://developers.line.biz/en/reference/messaging-api/):
 * a push to a user, which the plan counts, and a reply to a webhook event, which is free. Built with the base URL of
 * {@link LineSettings#apiBaseUrl()} by {@link LineChannel}.
 */
@Path("/v2/bot/message")
interface LineApi {

    /** {@code to}: a user id; at most five messages. */
    record Push(String to, List<Map<String, Object>> messages) {
    }

    record Reply(String replyToken, List<Map<String, Object>> messages) {
    }

    /**
     * {@code retryKey}: the same UUID for every try of one push; LINE answers 409 to a key it has delivered, so a
     * push sent again after a crash is not shown twice.
     */
    @POST
    @Path("/push")
    void push(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Line-Retry-Key") String retryKey,
            Push push);

    @POST
    @Path("/reply")
    void reply(@HeaderParam("Authorization") String authorization, Reply reply);
}
