package th.servicepoint.live;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/** A lobby display (DISPLAY device key in ?key=): a snapshot of the service point, then every event. */
@WebSocket(path = "/ws/v1/service-points/{sp}/display")
public class DisplaySocket {

    private final ScreenSockets sockets;

    DisplaySocket(ScreenSockets sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        sockets.openDisplay(connection, connection.pathParam("sp"));
    }

    @OnTextMessage
    String message(String message) {
        return sockets.answer(message);
    }

    @OnClose
    void close(WebSocketConnection connection) {
        sockets.closed(connection);
    }
}
