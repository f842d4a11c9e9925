package th.servicepoint.live;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/** A citizen's phone following its ticket (no key: the tracking token is the secret): its public status after every change. */
@WebSocket(path = "/ws/v1/tickets/{trackingToken}")
public class TicketSocket {

    private final ScreenSockets sockets;

    TicketSocket(ScreenSockets sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        sockets.openTicket(connection, connection.pathParam("trackingToken"));
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
