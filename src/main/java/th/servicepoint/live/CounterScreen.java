package th.servicepoint.live;

import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The screen above a counter: the events that change that counter (a call there, a completion with its survey link,
 * the counter opening or closing).
 */
final class CounterScreen extends Screen {

    private final long counterId;

    CounterScreen(WebSocketConnection connection, long servicePointId, long counterId, long deviceId,
            LiveSettings settings) {
        super(connection, servicePointId, deviceId, settings);
        this.counterId = counterId;
    }

    @Override
    ScreenKind kind() {
        return ScreenKind.COUNTER;
    }

    @Override
    void show(LiveEvent event) {
        if (event.concernsCounter(counterId)) {
            send(event.message());
        }
    }
}
