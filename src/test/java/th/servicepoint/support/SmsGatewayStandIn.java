package th.servicepoint.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An SMS gateway in the test JVM (the JDK's own HTTP server on a free port) and the SMS channel pointed at it, as an
 * agency's provider would be: it records every request (method, path with query, headers, body) and answers 200, or
 * the statuses a test asks for next (500, 400, 429 …), or late.
 */
public class SmsGatewayStandIn implements QuarkusTestResourceLifecycleManager {

    /** The credential the channel is given and the gateway expects. */
    public static final String AUTH = "Bearer test-sms-gateway-key";

    private static volatile Gateway gateway;

    @Override
    public Map<String, String> start() {
        gateway = Gateway.start();
        return Map.of("servicepoint.notify.sms.url-template", gateway.url("/send?to={phone}&ref={reference}"),
                "servicepoint.notify.sms.auth-header", "Authorization: " + AUTH,
                "servicepoint.notify.sms.body-template", "{\"to\":\"{phone}\",\"text\":\"{message}\"}",
                "servicepoint.notify.sms.content-type", "application/json; charset=utf-8",
                "servicepoint.notify.sms.timeout", "PT2S");
    }

    @Override
    public void stop() {
        gateway.stop();
    }

    /** The gateway of the running application. */
    public static Gateway gateway() {
        return gateway;
    }

    /** One request as the gateway got it; header names in lower case. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The server itself, also for tests without the application (a channel made by hand). */
    public static final class Gateway {

        private final HttpServer server;
        private final List<Received> received = new ArrayList<>();
        private final Deque<Integer> nextAnswers = new ArrayDeque<>();
        private volatile Duration delay = Duration.ZERO;

        private Gateway(HttpServer server) {
            this.server = server;
        }

        public static Gateway start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                Gateway gateway = new Gateway(server);
                server.createContext("/", gateway::handle);
                server.setExecutor(Executors.newCachedThreadPool());
                server.start();
                return gateway;
            } catch (IOException e) {
                throw new IllegalStateException("the SMS gateway stand-in could not start", e);
            }
        }

        public void stop() {
            server.stop(0);
        }

        public String url(String pathAndQuery) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
        }

        /** The next requests get these statuses, in order; then 200 again. */
        public synchronized void answerNext(int... statuses) {
            for (int status : statuses) {
                nextAnswers.add(status);
            }
        }

        /** Every answer from now on comes this late (Duration.ZERO: at once). */
        public void delay(Duration late) {
            delay = late;
        }

        /** Forgets what it got and what it was told to answer. */
        public synchronized void reset() {
            received.clear();
            nextAnswers.clear();
            delay = Duration.ZERO;
        }

        public synchronized List<Received> received() {
            return List.copyOf(received);
        }

        /** The requests so far that match, waiting up to {@code within} until there are at least {@code count}. */
        public List<Received> await(int count, Predicate<Received> matching, Duration within) {
            long until = System.nanoTime() + within.toNanos();
            while (true) {
                List<Received> found = received().stream().filter(matching).toList();
                if (found.size() >= count || System.nanoTime() > until) {
                    return found;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return found;
                }
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            int status;
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? ""
                                : "?" + exchange.getRequestURI().getRawQuery()),
                        headers, body));
                Integer next = nextAnswers.poll();
                status = next == null ? 200 : next;
            }
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            // a refusal echoes the number, as some gateways do: the channel's log must mask it
            byte[] answer = (status < 300 ? "{\"status\":\"queued\"}"
                    : "{\"error\":\"refused\",\"to\":\"0812345678\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            } catch (IOException closed) {
                // the client gave up waiting (a timeout test)
            }
        }
    }
}
