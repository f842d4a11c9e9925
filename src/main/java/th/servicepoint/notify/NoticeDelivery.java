package th.servicepoint.notify;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers one claimed notice through its follower's channel and says how it went; the dispatcher records the
 * answers of a batch together. A LINE push goes only with a share of the month's budget; without one it is set aside
 * (OVER_BUDGET) and everything else goes on.
 */
@ApplicationScoped
class NoticeDelivery {

    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class);

    /** How one notice went: SENT, GONE (with its follower stopped), FAILED (tried again) or OVER_BUDGET. */
    record Outcome(NoticeOutbox.Claimed claimed, String state) {
    }

    private final CompanionChannels channels;
    private final MeterRegistry meters;

    NoticeDelivery(CompanionChannels channels, MeterRegistry meters) {
        this.channels = channels;
        this.meters = meters;
    }

    /** A LINE push's first try counts against the budget; a retry of it does not count again. */
    static boolean takesBudget(NoticeOutbox.Claimed claimed) {
        return claimed.channel() == FollowerChannel.LINE && claimed.attempts() == 1 && !claimed.stopped()
                && claimed.address() != null;
    }

    Outcome deliver(NoticeOutbox.Claimed claimed, boolean pushAllowed) {
        Optional<CompanionChannel> channel = channels.of(claimed.channel()).filter(CompanionChannel::configured);
        String state;
        if (claimed.stopped() || claimed.address() == null || channel.isEmpty()) {
            // unfollowed, purged, or a channel no longer set up: nobody to send to
            state = "GONE";
        } else if (!pushAllowed) {
            state = "OVER_BUDGET";
        } else {
            state = send(channel.get(), claimed).name();
        }
        meters.counter("servicepoint.notices", "channel", claimed.channel().name(), "kind",
                claimed.notice().kind().name(), "outcome", state).increment();
        return new Outcome(claimed, state);
    }

    private static Delivery send(CompanionChannel channel, NoticeOutbox.Claimed claimed) {
        try {
            return channel.send(claimed.address(), claimed.notice());
        } catch (RuntimeException e) {
            LOG.warnf("A %s notice could not be sent (%s); it will be tried again", claimed.channel(),
                    e.getMessage());
            return Delivery.FAILED;
        }
    }
}
