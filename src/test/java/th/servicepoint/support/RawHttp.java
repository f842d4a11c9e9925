package th.servicepoint.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.restassured.RestAssured;

/**
 * HTTP/1.1 by hand over a socket bound to a local address of the test's choice: on Linux every 127.x.y.z address
 * reaches the loopback, so each address is a client of its own to the service under test.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A connection to the service under test from {@code fromAddress}. */
    public static Socket connect(String fromAddress) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(fromAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
        return socket;
    }

    /** A GET from {@code fromAddress}, signed in with HTTP Basic when a username is given; the whole answer. */
    public static String get(String fromAddress, String path, String username, String password) throws IOException {
        String authorization = username == null ? ""
                : "Authorization: Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        try (Socket socket = connect(fromAddress)) {
            socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + authorization
                    + "X-Requested-With: XMLHttpRequest\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The status code of a whole answer. */
    public static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }
}
