package th.servicepoint.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.queue.TrackedTicket;
import th.servicepoint.security.DeviceKeys;
import th.servicepoint.security.DeviceKind;

/**
 * Opens and closes the screens' sockets: checks the address and the device key, joins the screen to the hub, then
 * sends its snapshot or the events it missed. A refused socket gets an error message and a close code
 * ({@link ScreenClose}); it never sees half a screen.
 */
@ApplicationScoped
class ScreenSockets {

    private static final Logger LOG = Logger.getLogger(ScreenSockets.class);
    private static final UserData.TypedKey<Screen> SCREEN = new UserData.TypedKey<>("screen");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveHub hub;
    private final ScreenViews views;
    private final DeviceKeys devices;
    private final LiveSettings settings;
    /** Where ticket screens read their ticket's status, off the listener thread. */
    private final ExecutorService reads = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "ticket-screen-reads");
        thread.setDaemon(true);
        return thread;
    });

    ScreenSockets(LiveHub hub, ScreenViews views, DeviceKeys devices, LiveSettings settings) {
        this.hub = hub;
        this.views = views;
        this.devices = devices;
        this.settings = settings;
    }

    @PreDestroy
    void stop() {
        reads.shutdownNow();
    }

    void openDisplay(WebSocketConnection connection, String servicePointCode) {
        open(connection, () -> {
            Map<String, List<String>> query = query(connection);
            DeviceKeys.Device device = requireKey(query, DeviceKind.DISPLAY);
            // the key's agency: another agency's service point is not found
            return AgencyScopes.call(AgencyScope.of(device.agencyId()), () -> {
                long servicePointId = views.servicePointId(servicePointCode);
                requireAllowedAt(device, servicePointId);
                Long since = since(query);
                return start(connection, new DisplayScreen(connection, servicePointId, device.id(), settings),
                        () -> views.display(servicePointId, since));
            });
        });
    }

    void openCounter(WebSocketConnection connection, String counter) {
        open(connection, () -> {
            Map<String, List<String>> query = query(connection);
            long counterId = number(counter, "counter id");
            DeviceKeys.Device device = requireKey(query, DeviceKind.COUNTER);
            return AgencyScopes.call(AgencyScope.of(device.agencyId()), () -> {
                long servicePointId = views.counterServicePoint(counterId);
                requireAllowedAt(device, servicePointId);
                if (!device.counterId().equals(counterId)) {
                    throw new ScreenRefused(ScreenClose.NOT_ALLOWED, "the key belongs to another counter");
                }
                Long since = since(query);
                return start(connection, new CounterScreen(connection, servicePointId, counterId, device.id(), settings),
                        () -> views.counter(counterId, servicePointId, since));
            });
        });
    }

    void openTicket(WebSocketConnection connection, String trackingToken) {
        open(connection, () -> AgencyScopes.call(AgencyScope.publicKey("trackingToken", trackingToken), () -> {
            TrackedTicket ticket = views.tracked(trackingToken)
                    .orElseThrow(() -> new ScreenRefused(ScreenClose.NOT_FOUND, "no such ticket"));
            return start(connection,
                    new TicketScreen(connection, ticket, trackingToken, views, reads, settings),
                    () -> views.ticket(trackingToken, ticket.servicePointId()));
        }));
    }

    void closed(WebSocketConnection connection) {
        Screen screen = connection.userData().get(SCREEN);
        if (screen != null) {
            hub.leave(screen);
        }
    }

    /** Screens may send {@code {"type":"ping"}} to check the connection themselves; anything else is an error. */
    String answer(String message) {
        try {
            JsonNode tree = JSON.readTree(message);
            if (tree != null && "ping".equals(tree.path("type").asText())) {
                return "{\"type\":\"pong\"}";
            }
        } catch (Exception notJson) {
            // answered below like any other message we do not understand
        }
        return ScreenClose.badMessage(message.length() > 40 ? message.substring(0, 40) + "…" : message);
    }

    private void open(WebSocketConnection connection, Supplier<Screen> opening) {
        try {
            opening.get();
        } catch (ScreenRefused refused) {
            ScreenClose.send(connection, refused.reason(), refused.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Could not open a screen", e);
            closed(connection);
            connection.close(new CloseReason(CloseReason.INTERNAL_SERVER_ERROR.getCode(), "server error; retry"))
                    .subscribe().with(done -> {
                    }, failure -> {
                    });
        }
    }

    /** Joins the hub first, so no event committed after the snapshot can slip past the screen. */
    private Screen start(WebSocketConnection connection, Screen screen, Supplier<Opening> read) {
        connection.userData().put(SCREEN, screen);
        hub.join(screen);
        Opening opening = read.get();
        if (opening.snapshot() != null) {
            screen.send(opening.snapshot());
        }
        screen.replay(opening.missed());
        screen.goLive(opening.seq());
        if (connection.isClosed()) {
            // the screen went away while it was opening, before closed() could find it
            hub.leave(screen);
        }
        return screen;
    }

    /**
     * The active key of this kind in ?key=, allowed at the service point. A lobby display is seen by the whole hall
     * The active key of this kind in ?key=. A lobby display is seen by the whole hall
     */
    private DeviceKeys.Device requireKey(Map<String, List<String>> query, DeviceKind kind) {
        String key = first(query, "key");
        if (key == null || key.isBlank()) {
            throw new ScreenRefused(ScreenClose.KEY_REQUIRED, "add ?key= with the screen's device key");
        }
        DeviceKeys.Device device = devices.find(key)
                .orElseThrow(() -> new ScreenRefused(ScreenClose.KEY_REQUIRED, "unknown or inactive key"));
        if (!device.is(kind)) {
            throw new ScreenRefused(ScreenClose.NOT_ALLOWED, "a " + device.kind() + " key cannot open this screen; it needs a "
                    + kind + " key");
        }
        return device;
    }

    private static void requireAllowedAt(DeviceKeys.Device device, long servicePointId) {
        if (!device.mayWatch(servicePointId)) {
            throw new ScreenRefused(ScreenClose.NOT_ALLOWED, "the key belongs to another service point");
        }
    }

    private static Map<String, List<String>> query(WebSocketConnection connection) {
        String query = connection.handshakeRequest().query();
        return new QueryStringDecoder(query == null ? "" : query, false).parameters();
    }

    private static Long since(Map<String, List<String>> query) {
        String since = first(query, "since");
        return since == null ? null : number(since, "since");
    }

    private static long number(String text, String what) {
        try {
            long number = Long.parseLong(text);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ScreenRefused(ScreenClose.BAD_REQUEST, what + " must be a whole number, not " + text);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
