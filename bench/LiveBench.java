import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Call-to-screen latency of the live queue. Opens N lobby-display sockets on one instance; a driver issues a ticket,
 * calls it, starts and completes it, at a fixed rate (one counter, so each call-next calls the ticket just issued);
 * every socket records when it receives each "called" event. In the same run, the floor: a plain JDBC connection
 * NOTIFYs at the same rate and another LISTENs.
 *
 * Usage: java -cp postgresql.jar bench/LiveBench.java baseUrl jdbcUrl sockets seconds callsPerSecond
 */
public class LiveBench {

    static final String SP = "pao-hq";
    static final String DISPLAY_KEY = "demo-display";
    static final String KIOSK_KEY = "demo-kiosk";
    static final String CLERK = "Basic " + Base64.getEncoder().encodeToString("clerk1:clerk".getBytes());

    /** Latencies in microseconds, preallocated so recording allocates nothing. */
    static final class Recorder {
        final long[] values;
        final AtomicLong count = new AtomicLong();

        Recorder(int capacity) {
            values = new long[capacity];
        }

        void add(long micros) {
            long i = count.getAndIncrement();
            if (i < values.length) {
                values[(int) i] = micros;
            }
        }

        String summary() {
            int n = (int) Math.min(count.get(), values.length);
            if (n == 0) {
                return "no samples";
            }
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            return String.format("n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", n, sorted[n / 2] / 1000.0,
                    sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1000.0, sorted[n - 1] / 1000.0);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        int sockets = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        double rate = Double.parseDouble(args[4]);
        int calls = (int) (seconds * rate);

        Map<String, Long> callSentAt = new ConcurrentHashMap<>();
        Map<String, Long> firstReceived = new ConcurrentHashMap<>();
        Map<String, Long> callAnswered = new ConcurrentHashMap<>();
        Recorder callResponse = new Recorder(calls + 1);
        Recorder screen = new Recorder(sockets * calls + 1);
        Recorder fanOut = new Recorder(sockets * calls + 1);
        AtomicLongArray lastSeq = new AtomicLongArray(sockets);
        AtomicLong gaps = new AtomicLong();
        AtomicLong calledSeen = new AtomicLong();

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(HttpClient.newHttpClient());
        }
        CountDownLatch snapshots = new CountDownLatch(sockets);
        List<WebSocket> open = new ArrayList<>();
        URI uri = URI.create(base.replace("http", "ws") + "/ws/v1/service-points/" + SP + "/display?key=" + DISPLAY_KEY);
        for (int i = 0; i < sockets; i++) {
            int index = i;
            WebSocket.Listener listener = new WebSocket.Listener() {
                final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    long now = System.nanoTime();
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        received(index, message, now);
                    }
                    socket.request(1);
                    return null;
                }

                void received(int socketIndex, String message, long now) {
                    int seqAt = message.indexOf("\"seq\":") + 6;
                    long seq = Long.parseLong(message.substring(seqAt, message.indexOf(',', seqAt)));
                    if (message.contains("\"type\":\"snapshot\"")) {
                        lastSeq.set(socketIndex, seq);
                        snapshots.countDown();
                        return;
                    }
                    if (lastSeq.getAndSet(socketIndex, seq) != seq - 1) {
                        gaps.incrementAndGet();
                    }
                    if (message.contains("\"type\":\"called\"")) {
                        int at = message.indexOf("\"number\":\"") + 10;
                        Long sent = callSentAt.get(message.substring(at, message.indexOf('"', at)));
                        if (sent != null) {
                            screen.add((now - sent) / 1000);
                            Long answered = callAnswered.get(message.substring(at, message.indexOf('"', at)));
                            fanOut.add(answered == null ? 0 : Math.max(0, now - answered) / 1000);
                            firstReceived.merge(message.substring(at, message.indexOf('"', at)), now, Math::min);
                            calledSeen.incrementAndGet();
                        }
                    }
                }
            };
            open.add(clients.get(i % clients.size()).newWebSocketBuilder().buildAsync(uri, listener).join());
        }
        if (!snapshots.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every socket got its snapshot");
        }
        System.out.printf("%d sockets open, each with its snapshot%n", sockets);

        Recorder floor = new Recorder(calls + 1);
        Recorder floorWrite = new Recorder(calls + 1);
        Thread listener = floorListener(jdbcUrl, floor, floorWrite);
        HttpClient driver = HttpClient.newHttpClient();
        long counter = counterOne(driver, base);
        post(driver, base + "/api/v1/counters/" + counter + "/sign-in", CLERK, null);
        post(driver, base + "/api/v1/counters/" + counter + "/open", CLERK, null);
        finishAnyTicket(driver, base, counter);

        try (Connection notifier = DriverManager.getConnection(jdbcUrl); Statement notify = notifier.createStatement();
                Connection writer = DriverManager.getConnection(jdbcUrl); Statement write = writer.createStatement()) {
            notifier.setAutoCommit(true);
            write.execute("create table if not exists bench_floor (id serial primary key, at bigint)");
            writer.setAutoCommit(false);
            long period = (long) (1_000_000_000L / rate);
            long next = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                next += period;
                String issued = post(driver, base + "/api/v1/service-points/" + SP + "/tickets", null, KIOSK_KEY);
                String number = field(issued, "number");
                long sentAt = System.nanoTime();
                callSentAt.put(number, sentAt);
                String called = post(driver, base + "/api/v1/counters/" + counter + "/call-next", CLERK, null);
                long answeredAt = System.nanoTime();
                callAnswered.put(number, answeredAt);
                callResponse.add((answeredAt - sentAt) / 1000);
                notify.execute("NOTIFY bench_floor, '" + System.nanoTime() + "'");
                long writeAt = System.nanoTime();
                write.execute("insert into bench_floor (at) values (" + writeAt + ")");
                write.execute("select pg_notify('bench_floor_write', '" + writeAt + "')");
                writer.commit();
                String id = field(called, "id");
                post(driver, base + "/api/v1/tickets/" + id + "/start", CLERK, null);
                post(driver, base + "/api/v1/tickets/" + id + "/complete", CLERK, null);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        }
        Thread.sleep(3000);
        listener.interrupt();
        long expected = (long) sockets * calls;
        System.out.printf("sockets=%d calls=%d rate=%.1f/s%n", sockets, calls, rate);
        System.out.printf("RESULT screens: call-next sent -> 'called' received on every socket: %s; delivered %.2f%% (%d of %d); gaps %d%n",
                screen.summary(), 100.0 * calledSeen.get() / expected, calledSeen.get(), expected, gaps.get());
        Recorder first = new Recorder(calls + 1);
        firstReceived.forEach((number, at) -> first.add((at - callSentAt.get(number)) / 1000));
        System.out.printf("RESULT   call-next HTTP response (its transaction commits before it answers): %s%n",
                callResponse.summary());
        System.out.printf("RESULT   first socket to receive the call: %s%n", first.summary());
        System.out.printf("RESULT   call-next answered -> 'called' received on every socket: %s%n", fanOut.summary());
        System.out.printf("RESULT floor: bare NOTIFY sent -> JDBC listener received: %s%n", floor.summary());
        System.out.printf("RESULT floor: transaction with a write and NOTIFY sent -> JDBC listener received: %s%n",
                floorWrite.summary());
        open.forEach(WebSocket::abort);
        System.exit(0);
    }

    static Thread floorListener(String jdbcUrl, Recorder floor, Recorder floorWrite) throws Exception {
        Connection connection = DriverManager.getConnection(jdbcUrl);
        connection.createStatement().execute("LISTEN bench_floor");
        connection.createStatement().execute("LISTEN bench_floor_write");
        PGConnection postgres = connection.unwrap(PGConnection.class);
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    long now = System.nanoTime();
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            Recorder to = n.getName().equals("bench_floor") ? floor : floorWrite;
                            to.add((now - Long.parseLong(n.getParameter())) / 1000);
                        }
                    }
                }
            } catch (Exception e) {
                // the run is over
            }
        }, "floor-listener");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static long counterOne(HttpClient http, String base) throws Exception {
        String queue = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service-points/" + SP + "/queue"))
                .header("X-Device-Key", DISPLAY_KEY).build(), HttpResponse.BodyHandlers.ofString()).body();
        int one = queue.indexOf("\"number\":1,");
        int id = queue.lastIndexOf("\"id\":", one);
        return Long.parseLong(queue.substring(id + 5, queue.indexOf(',', id)));
    }

    /** A ticket left at the counter by an earlier run would block call-next. */
    static void finishAnyTicket(HttpClient http, String base, long counter) throws Exception {
        String queue = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service-points/" + SP + "/queue"))
                .header("X-Device-Key", DISPLAY_KEY).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (queue.contains("\"serving\":{")) {
            throw new IllegalStateException("counter 1 still has a ticket; start from a fresh database");
        }
    }

    static String post(HttpClient http, String url, String authorization, String deviceKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(deviceKey != null ? "{\"service\":\"A\"}" : "{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (deviceKey != null) {
            request.header("X-Device-Key", deviceKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":") + name.length() + 3;
        boolean quoted = json.charAt(at) == '"';
        int start = quoted ? at + 1 : at;
        int end = quoted ? json.indexOf('"', start) : indexOfAny(json, start);
        return json.substring(start, end);
    }

    static int indexOfAny(String json, int from) {
        int comma = json.indexOf(',', from);
        int brace = json.indexOf('}', from);
        return comma < 0 ? brace : brace < 0 ? comma : Math.min(comma, brace);
    }
}
