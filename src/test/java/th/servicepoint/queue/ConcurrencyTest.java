package th.servicepoint.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.openCounter;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Many kiosks and counters at once: no number is lost or doubled, no ticket is called twice. */
@QuarkusTest
class ConcurrencyTest {

    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]\\d+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    Fixtures fixtures;
    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void eightKiosksIssuingAThousandTicketsGetEveryNumberOnce() throws Exception {
        Site site = fixtures.site().service("A").create();
        int threads = 8;
        // a thousand: past A999, so the fourth digit is taken under the race too
        int perThread = 125;
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> kiosks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            kiosks.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    HttpResponse<String> response = post("/api/v1/service-points/" + site.code() + "/tickets",
                            "{\"service\":\"A\"}", Map.of("X-Device-Key", site.kioskKey()));
                    assertEquals(201, response.statusCode(), response.body());
                    numbers.add(match(NUMBER, response.body()));
                }
                return null;
            });
        }
        runAll(threads, kiosks);

        assertEquals(threads * perThread, numbers.size());
        Set<String> expected = new TreeSet<>();
        for (int seq = 1; seq <= threads * perThread; seq++) {
            expected.add(String.format("A%03d", seq));
        }
        assertEquals(expected, new TreeSet<>(numbers), "every number from A001 to A1000 exactly once");
        HttpResponse<String> queue = http.send(HttpRequest.newBuilder(uri("/api/v1/service-points/" + site.code()
                + "/queue")).header("X-Device-Key", site.displayKey()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(queue.body().contains("\"waiting\":1000"), queue.body());
        Api.admin().get("/api/v1/admin/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void countersCallingAtOnceNeverGetTheSameTicket() throws Exception {
        int counters = 4;
        int tickets = 60;
        Fixtures.Builder builder = fixtures.site().service("A");
        for (int c = 1; c <= counters; c++) {
            builder.counter(c, "A");
        }
        Site site = builder.create();
        for (int c = 1; c <= counters; c++) {
            openCounter(site, c);
        }
        for (int i = 0; i < tickets; i++) {
            post("/api/v1/service-points/" + site.code() + "/tickets", "{\"service\":\"A\"}",
                    Map.of("X-Device-Key", site.kioskKey()));
        }
        Map<Long, Integer> calledBy = new ConcurrentHashMap<>();
        List<Long> calls = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> desks = new ArrayList<>();
        for (int c = 1; c <= counters; c++) {
            int counter = c;
            Map<String, String> clerk = Map.of("Authorization", basic(site.clerk(counter), Fixtures.PASSWORD));
            desks.add(() -> {
                while (true) {
                    HttpResponse<String> call = post("/api/v1/counters/" + site.counter(counter) + "/call-next", "",
                            clerk);
                    if (call.statusCode() == 204) {
                        return null;
                    }
                    assertEquals(200, call.statusCode(), call.body());
                    long id = Long.parseLong(match(ID, call.body()));
                    calls.add(id);
                    Integer earlier = calledBy.putIfAbsent(id, counter);
                    assertEquals(null, earlier, "ticket " + id + " called by counters " + earlier + " and " + counter);
                    HttpResponse<String> noShow = post("/api/v1/tickets/" + id + "/no-show", "", clerk);
                    assertEquals(200, noShow.statusCode(), noShow.body());
                }
            });
        }
        runAll(counters, desks);
        assertEquals(tickets, calls.size(), "every ticket called once");
        assertEquals(tickets, new TreeSet<>(calls).size());
    }

    @Test
    void dailyCapHoldsUnderConcurrentKiosksAndRefusalsUseNoNumber() throws Exception {
        Site site = fixtures.site().cappedService("A", 50).create();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> kiosks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            kiosks.add(() -> {
                for (int i = 0; i < 10; i++) {
                    HttpResponse<String> response = post("/api/v1/service-points/" + site.code() + "/tickets",
                            "{\"service\":\"A\"}", Map.of("X-Device-Key", site.kioskKey()));
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 201) {
                        numbers.add(match(NUMBER, response.body()));
                    } else {
                        assertTrue(response.body().contains("DAILY_CAP_REACHED"), response.body());
                    }
                }
                return null;
            });
        }
        runAll(8, kiosks);
        assertEquals(50, statuses.stream().filter(s -> s == 201).count());
        assertEquals(30, statuses.stream().filter(s -> s == 409).count());
        Set<String> expected = new TreeSet<>();
        for (int seq = 1; seq <= 50; seq++) {
            expected.add(String.format("A%03d", seq));
        }
        assertEquals(expected, new TreeSet<>(numbers));
        fixtures.setDailyCap(site.services().get("A"), 51);
        HttpResponse<String> next = post("/api/v1/service-points/" + site.code() + "/tickets", "{\"service\":\"A\"}",
                Map.of("X-Device-Key", site.kioskKey()));
        assertEquals("A051", match(NUMBER, next.body()), "the 30 refusals took no number");
    }

    @Test
    void doubleClicksOnOneCounterCallOnlyOneTicket() throws Exception {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        for (int i = 0; i < 6; i++) {
            post("/api/v1/service-points/" + site.code() + "/tickets", "{\"service\":\"A\"}",
                    Map.of("X-Device-Key", site.kioskKey()));
        }
        Map<String, String> clerk = Map.of("Authorization", basic(site.clerk(1), Fixtures.PASSWORD));
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clicks.add(() -> {
                HttpResponse<String> call = post("/api/v1/counters/" + site.counter(1) + "/call-next", "", clerk);
                statuses.add(call.statusCode());
                if (call.statusCode() != 200) {
                    assertTrue(call.body().contains("TICKET_AT_COUNTER"), call.body());
                }
                return null;
            });
        }
        runAll(6, clicks);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        HttpResponse<String> queue = http.send(HttpRequest.newBuilder(uri("/api/v1/service-points/" + site.code()
                + "/queue")).header("X-Device-Key", site.displayKey()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(queue.body().contains("\"waiting\":5"), queue.body());
    }

    private void runAll(int threads, List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = pool.invokeAll(tasks, 4, TimeUnit.MINUTES);
            for (Future<Void> future : futures) {
                future.get(); // rethrows a failed assertion, or CancellationException on timeout
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> post(String path, String json, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }
}
