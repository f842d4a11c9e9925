package th.servicepoint.live;

import io.quarkus.websockets.next.WebSocketConnection;

/** A lobby display: every event of its service point, without survey links (see {@link LiveEvent#lobbyMessage()}). */
final class DisplayScreen extends Screen {

    DisplayScreen(WebSocketConnection connection, long servicePointId, long deviceId, LiveSettings settings) {
        super(connection, servicePointId, deviceId, settings);
    }

    @Override
    ScreenKind kind() {
        return ScreenKind.DISPLAY;
    }

    @Override
    void show(LiveEvent event) {
        send(event.lobbyMessage());
    }
}
