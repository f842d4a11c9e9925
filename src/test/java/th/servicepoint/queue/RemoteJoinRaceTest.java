package th.servicepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Race;
import th.servicepoint.support.Site;

/** Requests racing for the last remote place, or from one phone at once: the database lets exactly one win. */
@QuarkusTest
class RemoteJoinRaceTest {

    private static final int THREADS = 8;

    @Inject
    Fixtures fixtures;
    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void eightPhonesRacingForTheLastRemotePlaceGetOneTicket() throws Exception {
        // 10 % of a daily cap of 20: two remote tickets, one taken already
        Site site = fixtures.site().cappedService("A", 20).create();
        RemoteJoinTest.remote(site.services().get("A"), 10, null, null, null);
        assertEquals(201, join(site, "A", RemoteJoinTest.newDevice()).statusCode());
        for (int round = 0; round < 3; round++) {
            Site fresh = round == 0 ? site : fixtures.site().cappedService("A", 10).create();
            if (round > 0) {
                RemoteJoinTest.remote(fresh.services().get("A"), 10, null, null, null); // one remote place
            }
            Map<Integer, Integer> answers = race(fresh, "A", "A", false);
            assertEquals(Map.of(201, 1, 409, THREADS - 1), answers, "round " + round);
        }
    }

    @Test
    void onePhoneAskingForTwoServicesAtOnceGetsOneTicket() throws Exception {
        for (int round = 0; round < 3; round++) {
            Site site = fixtures.site().service("A").service("B").create();
            RemoteJoinTest.remote(site.services().get("A"), null, 50, null, null);
            RemoteJoinTest.remote(site.services().get("B"), null, 50, null, null);
            Map<Integer, Integer> answers = race(site, "A", "B", true);
            assertEquals(Map.of(201, 1, 409, THREADS - 1), answers, "round " + round);
        }
    }

    /** THREADS requests let go at once, half for each service; the same device for all, or one each. */
    private Map<Integer, Integer> race(Site site, String first, String second, boolean oneDevice) throws Exception {
        String device = RemoteJoinTest.newDevice();
        List<Callable<Integer>> phones = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String service = t % 2 == 0 ? first : second;
            String secret = oneDevice ? device : RemoteJoinTest.newDevice();
            phones.add(() -> {
                HttpResponse<String> answer = join(site, service, secret);
                if (answer.statusCode() != 201) {
                    assertTrue(answer.body().contains(oneDevice ? "REMOTE_TICKET_HELD" : "REMOTE_SHARE_TAKEN"),
                            answer.body());
                }
                return answer.statusCode();
            });
        }
        return Race.answers(phones);
    }

    private HttpResponse<String> join(Site site, String service, String device) throws Exception {
        String json = "{\"service\":\"" + service + "\",\"device\":\"" + device + "\"}";
        URI uri = URI.create(base.toString().replaceAll("/$", "") + "/api/v1/service-points/" + site.code()
                + "/remote-join/tickets");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", RemoteJoinTest.newAddress())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
