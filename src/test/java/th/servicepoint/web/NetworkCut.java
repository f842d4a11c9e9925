package th.servicepoint.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on a port of its own in front of the application, which the test can cut like a pulled network cable:
 * {@link #down()} drops every connection and refuses new ones until {@link #up()}; or silence like Wi-Fi gone
 * without a word: {@link #silence()}. The browser under test reaches the application only through it, at
 * {@link #base()}.
 */
final class NetworkCut implements AutoCloseable {

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final int target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Socket> silenced = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "network-cut");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ServerSocket server;
    private volatile boolean silent;

    private NetworkCut(int target) throws IOException {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0, 50, loopback)) {
            this.port = probe.getLocalPort();
        }
    }

    static NetworkCut to(int targetPort) throws IOException {
        NetworkCut cut = new NetworkCut(targetPort);
        cut.up();
        return cut;
    }

    String base() {
        return "http://" + loopback.getHostAddress() + ":" + port;
    }

    /** Back after {@link #down()}, or after {@link #silence()} for new connections: the silenced ones stay dead. */
    synchronized void up() throws IOException {
        silent = false;
        if (server != null && !server.isClosed()) {
            return;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(loopback, port));
        server = listening;
        threads.submit(() -> accept(listening));
    }

    /**
     * Nothing arrives any more and nobody says so, as when Wi-Fi drops and the computer does not notice: connections
     * stay open and new ones are accepted, but whatever is sent on them is lost, for good on those open until
     * {@link #up()} (as after a reconnection under a new address).
     */
    synchronized void silence() {
        silent = true;
        silenced.addAll(sockets);
    }

    synchronized void down() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(loopback, target);
                sockets.add(client);
                sockets.add(upstream);
                if (silent) {
                    silenced.add(client);
                    silenced.add(upstream);
                }
                threads.submit(() -> pipe(client, upstream));
                threads.submit(() -> pipe(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!silenced.contains(from)) {
                    out.write(buffer, 0, read);
                }
            }
        } catch (IOException cut) {
            // one side is gone: close both below
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private void quietlyClose(Socket socket) {
        sockets.remove(socket);
        silenced.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        down();
        threads.shutdownNow();
    }
}
