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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * The second mode, {@code capacity}, is {@link Capacity}: how many screen sockets of the three kinds one instance
 * holds, in steps, with the service's memory and file descriptors at each step.
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
        if (args[0].equals("capacity")) {
            Capacity.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
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


    /**
     * Socket capacity of one instance. Opens screens in steps (for example 1,000, 5,000, 10,000, 19,000 in all), at
     * most {@link #OPENING} at a time: a quarter lobby displays of pao-hq, a quarter counter-1 screens, half citizens'
     * ticket pages. Displays and counter screens hear every call of the run: the worst case, one service point's
     * events reaching every screen of the instance. Ticket pages follow either tickets of the queue being called (each
     * then reads its ticket's status again after every call) or tickets of a queue never called (they stay open and
     * hear nothing, like phones in other offices' queues). At each step: the service's heap after a full GC, its RSS
     * and file descriptors (jcmd and /proc, so the service must run on this machine), then calls at a fixed rate,
     * each timed from the clerk's call-next request to the first message on each socket that hears it that is at
     * least as new as the call (a ticket page answers a burst of events with one message of the latest state, so it
     * may skip "called").
     *
     * Usage: java -cp postgresql.jar bench/LiveBench.java capacity baseUrl servicePid steps seconds callsPerSecond
     * [called|elsewhere]
     */
    static final class Capacity {

        static final String COUNTER_KEY = "demo-counter-1";
        /** Screens opening at once, as after a network outage, each until its snapshot. */
        static final int OPENING = 32;
        static final java.util.concurrent.ScheduledExecutorService RETRIES = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();

        /**
         * One screen: opens its socket and, like the screens' live.js, opens it again a second later when it is closed
         * before its snapshot (the service answers 1011 when it cannot open a screen now).
         */
        static final class Slot {
            final HttpClient client;
            final URI uri;
            final Log log;
            final boolean isDisplay;
            final CountDownLatch snapshots;
            final Semaphore opening;
            final Map<Long, String> calledNumber;
            final AtomicInteger closed;
            final AtomicInteger refused;
            volatile boolean live;

            Slot(HttpClient client, URI uri, Log log, boolean isDisplay, CountDownLatch snapshots, Semaphore opening,
                    Map<Long, String> calledNumber, AtomicInteger closed, AtomicInteger refused) {
                this.client = client;
                this.uri = uri;
                this.log = log;
                this.isDisplay = isDisplay;
                this.snapshots = snapshots;
                this.opening = opening;
                this.calledNumber = calledNumber;
                this.closed = closed;
                this.refused = refused;
            }

            void connect() {
                client.newWebSocketBuilder().buildAsync(uri, listener(this)).whenComplete((socket, failure) -> {
                    if (failure != null) {
                        retry();
                    }
                });
            }

            void snapshot() {
                live = true;
                opening.release();
                snapshots.countDown();
            }

            void ended() {
                if (live) {
                    closed.incrementAndGet();
                } else {
                    retry();
                }
            }

            void retry() {
                refused.incrementAndGet();
                RETRIES.schedule(this::connect, 1, TimeUnit.SECONDS);
            }
        }

        /** What one socket received: each message's seq and arrival time, in arrival (= seq) order. */
        static final class Log {
            long[] seqs = new long[64];
            long[] times = new long[64];
            int size;

            synchronized void add(long seq, long at) {
                if (size == seqs.length) {
                    seqs = Arrays.copyOf(seqs, size * 2);
                    times = Arrays.copyOf(times, size * 2);
                }
                seqs[size] = seq;
                times[size++] = at;
            }

            /** When the first message at least as new as {@code seq} arrived, or -1. */
            synchronized long firstAtLeast(long seq) {
                for (int i = 0; i < size; i++) {
                    if (seqs[i] >= seq) {
                        return times[i];
                    }
                }
                return -1;
            }

            synchronized void clear() {
                size = 0;
            }
        }

        static void run(String[] args) throws Exception {
            String base = args[0];
            long pid = Long.parseLong(args[1]);
            int[] steps = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
            int seconds = Integer.parseInt(args[3]);
            double rate = Double.parseDouble(args[4]);
            int callsPerStep = (int) (seconds * rate);
            int warmUp = 100;
            // "called": ticket pages follow tickets of the queue being called, so each of them hears every call and
            // reads its ticket's status again; "elsewhere": tickets of service B, which the run never calls (phones in
            // other offices' queues), so they only stay open
            boolean phonesHearCalls = args.length < 6 || args[5].equals("called");

            HttpClient driver = HttpClient.newHttpClient();
            long counter = counterOne(driver, base);
            post(driver, base + "/api/v1/counters/" + counter + "/sign-in", CLERK, null);
            post(driver, base + "/api/v1/counters/" + counter + "/open", CLERK, null);
            finishAnyTicket(driver, base, counter);
            // every call of the run calls one of these, oldest first; ticket pages follow them all
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < warmUp + steps.length * callsPerStep + 50; i++) {
                String token = issue(driver, base, "A");
                if (phonesHearCalls) {
                    tokens.add(token);
                }
            }
            for (int i = 0; !phonesHearCalls && i < 50; i++) {
                tokens.add(issue(driver, base, "B"));
            }
            System.out.printf("%d tickets followed by ticket pages, in service %s%n", tokens.size(),
                    phonesHearCalls ? "A (called)" : "B (never called)");

            Map<Long, String> calledNumber = new ConcurrentHashMap<>();
            List<Log> logs = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            AtomicInteger closed = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                clients.add(HttpClient.newHttpClient());
            }
            String ws = base.replace("http", "ws");
            URI display = URI.create(ws + "/ws/v1/service-points/" + SP + "/display?key=" + DISPLAY_KEY);
            URI counterScreen = URI.create(ws + "/ws/v1/counters/" + counter + "?key=" + COUNTER_KEY);
            int[] kinds = new int[3];
            for (int step = 0; step < steps.length; step++) {
                int target = steps[step];
                CountDownLatch snapshots = new CountDownLatch(target - slots.size());
                Semaphore opening = new Semaphore(OPENING);
                int refusedBefore = refused.get();
                long openingStarted = System.nanoTime();
                for (int i = slots.size(); i < target; i++) {
                    int kind = i % 4 == 0 ? 0 : i % 4 == 1 ? 1 : 2;
                    kinds[kind]++;
                    URI uri = kind == 0 ? display
                            : kind == 1 ? counterScreen : URI.create(ws + "/ws/v1/tickets/" + tokens.get(i % tokens.size()));
                    Log log = new Log();
                    if (kind != 2 || phonesHearCalls) {
                        logs.add(log);
                    }
                    opening.acquire();
                    Slot slot = new Slot(clients.get(i % clients.size()), uri, log, kind == 0, snapshots, opening,
                            calledNumber, closed, refused);
                    slots.add(slot);
                    slot.connect();
                }
                if (!snapshots.await(300, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(snapshots.getCount() + " sockets got no snapshot");
                }
                double openingSeconds = (System.nanoTime() - openingStarted) / 1e9;
                System.out.printf(Locale.ROOT, "%d sockets open: the last %d in %.1f s (%.0f/s, %d at a time), %d refused and retried%n",
                        target, target - (step == 0 ? 0 : steps[step - 1]), openingSeconds,
                        (target - (step == 0 ? 0 : steps[step - 1])) / openingSeconds, OPENING, refused.get() - refusedBefore);
                if (step == 0) {
                    for (int i = 0; i < warmUp; i++) {
                        cycle(driver, base, counter, new ArrayList<>());
                    }
                    Thread.sleep(3000);
                    calledNumber.clear();
                }
                String idle = service(pid);
                logs.forEach(Log::clear);
                int closedBefore = closed.get();
                List<long[]> calls = new ArrayList<>();
                Recorder callResponse = new Recorder(callsPerStep + 1);
                long period = (long) (1_000_000_000L / rate);
                long callsStarted = System.nanoTime();
                long next = callsStarted;
                for (int i = 0; i < callsPerStep; i++) {
                    next += period;
                    callResponse.add(cycle(driver, base, counter, calls));
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                // one driver calls one after the other: when the service is slow it falls short of the asked rate
                double achieved = callsPerStep / ((System.nanoTime() - callsStarted) / 1e9);
                Thread.sleep(5000);
                Map<String, Long> sentAt = new ConcurrentHashMap<>();
                calls.forEach(call -> sentAt.put(numberOf(call), call[0]));
                Recorder latency = new Recorder(logs.size() * callsPerStep + 1);
                long missing = 0;
                for (Map.Entry<Long, String> called : calledNumber.entrySet()) {
                    Long sent = sentAt.get(called.getValue());
                    if (sent == null) {
                        continue;
                    }
                    for (Log log : logs) {
                        long at = log.firstAtLeast(called.getKey());
                        if (at < 0) {
                            missing++;
                        } else {
                            latency.add((at - sent) / 1000);
                        }
                    }
                }
                calledNumber.clear();
                String after = service(pid);
                System.out.printf(Locale.ROOT,
                        "RESULT sockets=%d (display %d, counter %d, ticket %d %s) | idle: %s | %d calls at %.1f/s (asked %.1f/s): call-next sent -> on each of the %d sockets that hear it %s; missing %d; closed %d; call-next HTTP %s | after: %s%n",
                        target, kinds[0], kinds[1], kinds[2], phonesHearCalls ? "hearing the calls" : "elsewhere", idle, callsPerStep, achieved, rate, logs.size(), latency.summary(), missing,
                        closed.get() - closedBefore, callResponse.summary(), after);
            }
            System.exit(0);
        }

        static WebSocket.Listener listener(Slot slot) {
            return new WebSocket.Listener() {
                final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    long now = System.nanoTime();
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        int seqAt = message.indexOf("\"seq\":") + 6;
                        if (message.contains("\"type\":\"snapshot\"")) {
                            slot.snapshot();
                        } else if (seqAt > 5) {
                            long seq = Long.parseLong(message.substring(seqAt, indexOfAny(message, seqAt)));
                            slot.log.add(seq, now);
                            if (slot.isDisplay && message.contains("\"type\":\"called\"")) {
                                int at = message.indexOf("\"number\":\"") + 10;
                                slot.calledNumber.putIfAbsent(seq, message.substring(at, message.indexOf('"', at)));
                            }
                        }
                    }
                    socket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                    slot.ended();
                    return null;
                }

                @Override
                public void onError(WebSocket socket, Throwable error) {
                    slot.ended();
                }
            };
        }

        /** Call-next, start, complete at the counter; records the call's number and send time; returns its micros. */
        static long cycle(HttpClient driver, String base, long counter, List<long[]> calls) throws Exception {
            long sent = System.nanoTime();
            String called = post(driver, base + "/api/v1/counters/" + counter + "/call-next", CLERK, null);
            long answered = System.nanoTime();
            calls.add(new long[] { sent, numberCode(field(called, "number")) });
            String id = field(called, "id");
            post(driver, base + "/api/v1/tickets/" + id + "/start", CLERK, null);
            post(driver, base + "/api/v1/tickets/" + id + "/complete", CLERK, null);
            return (answered - sent) / 1000;
        }

        /** A ticket number such as A012 as a long, so a call fits in a long[]. */
        static long numberCode(String number) {
            return number.charAt(0) * 1_000_000L + Long.parseLong(number.substring(1));
        }

        static String numberOf(long[] call) {
            return String.format("%c%03d", (char) (call[1] / 1_000_000L), call[1] % 1_000_000L);
        }

        static String issue(HttpClient http, String base, String service) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/service-points/" + SP + "/tickets"))
                            .header("Content-Type", "application/json").header("X-Device-Key", KIOSK_KEY)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"" + service + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("issue -> " + response.statusCode() + " " + response.body()));
            return location.substring(location.lastIndexOf('/') + 1);
        }

        /** The service's heap after a full GC, RSS, open file descriptors, and this machine's load average. */
        static String service(long pid) throws Exception {
            jcmd(pid, "GC.run");
            String heap = jcmd(pid, "GC.heap_info");
            int used = heap.indexOf("used ");
            long heapKb = Long.parseLong(heap.substring(used + 5, heap.indexOf('K', used)));
            long rssKb = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
            long fds;
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/fd"))) {
                fds = files.count();
            }
            String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            return String.format(Locale.ROOT, "heap after GC %d MiB, RSS %d MiB, fds %d, load %s", heapKb / 1024,
                    rssKb / 1024, fds, load);
        }

        static String jcmd(long pid, String command) throws Exception {
            Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            return out;
        }
    }
}
