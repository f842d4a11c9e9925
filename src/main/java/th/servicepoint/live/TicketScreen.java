package th.servicepoint.live;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.websockets.next.WebSocketConnection;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.queue.TrackedTicket;

/**
 * A citizen's phone following one ticket. Any event about the ticket or its service's queue may change its position
 * or estimate, so the screen reads the ticket's public status again and sends it with the event's type and number.
 * Reads happen off the listener thread, and a burst of events is answered with one read of the latest state.
 */
final class TicketScreen extends Screen {

    private final String trackingToken;
    private final long ticketId;
    private final ScreenViews views;
    private final Executor reads;
    private final AtomicReference<LiveEvent> unread = new AtomicReference<>();
    private final Object reading = new Object();
    private volatile String servicePrefix;

    TicketScreen(WebSocketConnection connection, TrackedTicket ticket, String trackingToken, ScreenViews views,
            Executor reads, LiveSettings settings) {
        super(connection, ticket.servicePointId(), null, settings);
        this.trackingToken = trackingToken;
        this.ticketId = ticket.ticketId();
        this.servicePrefix = ticket.status().service();
        this.views = views;
        this.reads = reads;
    }

    @Override
    ScreenKind kind() {
        return ScreenKind.TICKET;
    }

    @Override
    void show(LiveEvent event) {
        if (event.concernsTicket(ticketId, servicePrefix) && unread.getAndSet(event) == null) {
            reads.execute(this::sendStatus);
        }
    }

    private void sendStatus() {
        synchronized (reading) {
            LiveEvent event = unread.getAndSet(null);
            if (event == null) {
                return;
            }
            // a read of its own, off the request that opened the socket: the token names its agency
            AgencyScopes.call(AgencyScope.publicKey("trackingToken", trackingToken), () -> views.tracked(trackingToken))
                    .ifPresent(ticket -> {
                        servicePrefix = ticket.status().service();
                        send(views.ticketMessage(event.type(), event.seq(), event.at(), ticket.status()));
                    });
        }
    }
}
