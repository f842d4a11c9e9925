package th.servicepoint.notify;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Web push to the phones that asked on the ticket page (issue 18): the call-ahead, the call with its counter, a
 * transfer and the survey link, each shown by the page's service worker. A follower's address is its push subscription
 * ({@link WebPushAddress}).
 */
@ApplicationScoped
class WebPushChannel implements CompanionChannel {

    private static final Logger LOG = Logger.getLogger(WebPushChannel.class);

    private final WebPushSender sender;

    WebPushChannel(WebPushSender sender) {
        this.sender = sender;
    }

    @Override
    public FollowerChannel channel() {
        return FollowerChannel.WEB_PUSH;
    }

    @Override
    public boolean configured() {
        return sender.configured();
    }

    /** The page itself shows that following has begun, and web push follows tickets, not complaints. */
    @Override
    public boolean carries(NoticeKind kind) {
        return kind != NoticeKind.LINKED && kind != NoticeKind.COMPLAINT_STATUS;
    }

    /**
     * The call, and the call-ahead that asks the citizen to come back now, go with urgency high: a push service then
     * delivers them to a phone that saves its battery, which it may hold other messages back from.
     */
    @Override
    public Delivery send(String address, Notice notice) {
        Optional<WebPushAddress> subscription = WebPushAddress.parse(address);
        if (subscription.isEmpty()) {
            LOG.warnf("Web push notice %d: the follower's subscription cannot be read; the follower is stopped",
                    notice.id());
            return Delivery.GONE;
        }
        boolean urgent = notice.kind() == NoticeKind.CALLED || notice.kind() == NoticeKind.CALL_AHEAD;
        return sender.send(subscription.get(),
                WebPushMessage.of(notice.ticketNumber(), notice.textTh(), notice.textEn(), notice.url()), urgent);
    }
}
