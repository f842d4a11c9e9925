package th.servicepoint.live;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/** The screen above a counter (its COUNTER device key in ?key=): the counter and its ticket, then the events that change it. */
@WebSocket(path = "/ws/v1/counters/{id}")
public class CounterSocket {

    private final ScreenSockets sockets;

    CounterSocket(ScreenSockets sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        sockets.openCounter(connection, connection.pathParam("id"));
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
