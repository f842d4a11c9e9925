package th.servicepoint.notify;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers one claimed notice through its follower's channel and records the answer. LINE pushes count against the
 * month's budget first; over it, the notice is set aside (OVER_BUDGET) and everything else goes on.
 */
@ApplicationScoped
class NoticeDelivery {

    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class);

    private final CompanionChannels channels;
    private final NoticeOutbox outbox;
    private final LinePushBudget budget;
    private final MeterRegistry meters;
    private final Clock clock;

    NoticeDelivery(CompanionChannels channels, NoticeOutbox outbox, LinePushBudget budget, MeterRegistry meters,
            Clock clock) {
        this.channels = channels;
        this.outbox = outbox;
        this.budget = budget;
        this.meters = meters;
        this.clock = clock;
    }

    void deliver(NoticeOutbox.Claimed claimed) {
        long id = claimed.notice().id();
        Optional<CompanionChannel> channel = channels.of(claimed.channel()).filter(CompanionChannel::configured);
        if (claimed.stopped() || claimed.address() == null || channel.isEmpty()) {
            // unfollowed, purged, or a channel no longer set up: nobody to send to
            count(claimed, "GONE");
            outbox.gone(id, claimed.followerId(), clock.instant());
            return;
        }
        if (claimed.channel() == FollowerChannel.LINE && claimed.attempts() == 1 && !budget.take()) {
            count(claimed, "OVER_BUDGET");
            outbox.overBudget(id);
            return;
        }
        Delivery delivery = send(channel.get(), claimed);
        count(claimed, delivery.name());
        switch (delivery) {
            case SENT -> outbox.sent(id, clock.instant());
            case GONE -> outbox.gone(id, claimed.followerId(), clock.instant());
            case FAILED -> outbox.failed(id, claimed.attempts(), clock.instant());
        }
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

    private void count(NoticeOutbox.Claimed claimed, String outcome) {
        meters.counter("servicepoint.notices", "channel", claimed.channel().name(), "kind",
                claimed.notice().kind().name(), "outcome", outcome).increment();
    }
}
