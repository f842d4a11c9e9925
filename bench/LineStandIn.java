import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * LINE's Messaging API as the companion uses it, for bench/companion.sh, as a process of its own (JDK 17's source
 * launcher, no dependencies): {@code POST /v2/bot/message/push} and {@code /reply}, both checking the channel access
 * token; a push honours {@code X-Line-Retry-Key} as LINE does (409 to a key it has accepted). Every request is
 * appended to the out file as one tab-separated line: receive time in epoch microseconds, path, retry key (empty when
 * none), the status answered. Receive time is taken when the request's headers have been read, before the delay.
 *
 * <p>Usage: {@code java bench/LineStandIn.java <port> <out-file> [push delay ms, default 30] [threads, default 64]}.
 * The token is {@code LINE_STAND_IN_TOKEN} from the environment (default {@code bench-channel-access-token}).
 */
public class LineStandIn {

    private static final Set<String> ACCEPTED = ConcurrentHashMap.newKeySet();
    private static String token;
    private static long delayMillis;
    private static BufferedWriter out;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        delayMillis = args.length > 2 ? Long.parseLong(args[2]) : 30;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        token = System.getenv().getOrDefault("LINE_STAND_IN_TOKEN", "bench-channel-access-token");
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/v2/bot/message/push", exchange -> answer(exchange, true));
        server.createContext("/v2/bot/message/reply", exchange -> answer(exchange, false));
        server.setExecutor(Executors.newFixedThreadPool(threads));
        // the file is flushed every 200 ms and at exit, so the script reads every line once the stand-in is stopped
        Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flush");
            thread.setDaemon(true);
            return thread;
        }).scheduleAtFixedRate(LineStandIn::flush, 200, 200, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            flush();
        }));
        server.start();
        System.out.println("LINE stand-in on 127.0.0.1:" + port + ", push delay " + delayMillis + " ms, " + threads
                + " threads, writing " + file);
    }

    private static void answer(HttpExchange exchange, boolean push) throws IOException {
        Instant received = Instant.now();
        long micros = received.getEpochSecond() * 1_000_000L + received.getNano() / 1_000;
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("X-Line-Retry-Key");
            int status;
            String body;
            if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
                body = "{\"message\":\"Method not allowed\"}";
            } else if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                body = "{\"message\":\"Authentication failed. Confirm that the access token in the authorization"
                        + " header is valid.\"}";
            } else if (push && key != null && !ACCEPTED.add(key)) {
                status = 409;
                body = "{\"message\":\"The retry key is already accepted\"}";
            } else {
                status = 200;
                body = push ? "{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}" : "{}";
            }
            if (push && delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            record(micros + "\t" + exchange.getRequestURI().getPath() + "\t" + (key == null ? "" : key) + "\t"
                    + status);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } finally {
            exchange.close();
        }
    }

    private static synchronized void record(String line) throws IOException {
        out.write(line);
        out.newLine();
    }

    private static synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            System.err.println("LINE stand-in: " + e.getMessage());
        }
    }
}
