package th.servicepoint.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.catalog.Service;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OpenApiContract;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * Joining a queue from a phone, as the citizen's page and the clerk see it: the ticket is an ordinary one of channel
 * REMOTE, and every limit refuses with a problem in Thai and English.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
public class RemoteJoinTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A", 5).service("B").cappedService("C", 10).counter(1, "A", "B", "C").create();
        remote(site.services().get("A"), null, 50, null, null);
    }

    /** Opens remote joining of a service, past the admin API's checks (RemoteJoinSettingsTest has those). */
    public static void remote(long serviceId, Integer sharePercent, Integer dailyMax, LocalTime opensAt, LocalTime closesAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Service service = Service.findById(serviceId);
            service.remoteJoin = true;
            service.remoteSharePercent = sharePercent;
            service.remoteDailyMax = dailyMax;
            service.remoteOpensAt = opensAt;
            service.remoteClosesAt = closesAt;
        });
    }

    /** A device secret as the join page makes one. */
    public static String newDevice() {
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** A client address of its own (the test client is a trusted proxy), so the rate limit counts this test alone. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    public static ValidatableResponse join(Site site, String service, String device) {
        return join(site, service, device, newAddress());
    }

    static ValidatableResponse join(Site site, String service, String device, String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("service", service, "device", device))
                .post("/api/v1/service-points/{sp}/remote-join/tickets", site.code()).then();
    }

    @Test
    void aRemoteTicketIsAnOrdinaryTicketOfChannelRemote() {
        kiosk(site).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", site.code()).then()
                .statusCode(201);
        JsonPath ticket = join(site, "a", newDevice()).statusCode(201)
                .header("Location", containsString("/api/v1/tickets/")).body("number", equalTo("A002"))
                .body("channel", equalTo("REMOTE")).body("priority", equalTo("NORMAL"))
                .body("status", equalTo("WAITING")).body("waitingAhead", equalTo(1))
                .body("trackingUrl", containsString("/ticket/?t=")).extract().jsonPath();
        String token = ticket.getString("trackingToken");
        assertEquals("WAITING", publicStatus(token).getString("status"));
        assertEquals(1, publicStatus(token).getInt("waitingAhead"));

        // the clerk's list marks it, in its place behind the kiosk ticket
        openCounter(site, 1);
        clerkOf(site, 1).get("/api/v1/counters/{id}/waiting", site.counter(1)).then().statusCode(200)
                .body("waiting.number", equalTo(List.of("A001", "A002")))
                .body("waiting.channel", equalTo(List.of("KIOSK", "REMOTE")));
        JsonPath first = callNext(site, 1);
        assertEquals("A001", first.getString("number"));
        act(site, 1, first.getLong("id"), "start").statusCode(200);
        act(site, 1, first.getLong("id"), "complete").statusCode(200);
        JsonPath called = callNext(site, 1);
        assertEquals("A002", called.getString("number"));
        assertEquals("REMOTE", called.getString("channel"));
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("counters.find { it.number == 1 }.serving.channel", equalTo("REMOTE"));
        assertEquals("ISSUE", fixtures.auditOf(ticket.getLong("id")).get(0).action);
        assertEquals("REMOTE NORMAL", fixtures.auditOf(ticket.getLong("id")).get(0).detail);
    }

    @Test
    void theListShowsOnlyServicesOpenForRemoteJoiningWithTheirQueue() {
        remote(site.services().get("C"), 30, null, LocalTime.of(9, 0), LocalTime.of(10, 0));
        clock.set("2026-12-07T04:00:00Z"); // 11:00 in Bangkok: C's window is over
        kiosk(site).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", site.code()).then()
                .statusCode(201);
        join(site, "A", newDevice()).statusCode(201);
        given().get("/api/v1/service-points/{sp}/remote-join", site.code()).then().statusCode(200)
                .body("$", hasSize(2)).body("prefix", equalTo(List.of("A", "C")))
                .body("[0].waiting", equalTo(2)).body("[0].openNow", equalTo(true))
                .body("[0].placesLeft", equalTo(49)).body("[0].nextOpening", nullValue())
                .body("[0].opensAt", startsWith("00:00"))
                .body("[1].openNow", equalTo(false)).body("[1].opensAt", startsWith("09:00"))
                .body("[1].closesAt", startsWith("10:00")).body("[1].placesLeft", equalTo(3))
                .body("[1].nextOpening", equalTo("2026-12-08T02:00:00Z"));
        problem(given().get("/api/v1/service-points/{sp}/remote-join", "no-such-sp").then(), 404, "NOT_FOUND");
    }

    @Test
    void aServiceThatDoesNotTakeRemoteTicketsSaysSo() {
        problem(join(site, "B", newDevice()), 409, "REMOTE_JOIN_OFF").body("detailTh", containsString("ตู้"));
        problem(join(site, "Z", newDevice()), 422, "INVALID").body("errors[0].field", equalTo("service"));
        fixtures.setServiceActive(site.services().get("A"), false);
        problem(join(site, "A", newDevice()), 409, "SERVICE_INACTIVE");
        problem(join(site, "x", newDevice()).statusCode(422), 422, "INVALID");
        problem(given().header("X-Forwarded-For", newAddress()).contentType(ContentType.JSON)
                .body(Map.of("service", "A", "device", newDevice()))
                .post("/api/v1/service-points/{sp}/remote-join/tickets", "no-such-sp").then(), 404, "NOT_FOUND");
    }

    @Test
    void outsideTheWindowOrTheOpeningHoursNoRemoteTicket() {
        remote(site.services().get("A"), null, 50, LocalTime.of(9, 0), LocalTime.of(15, 0));
        clock.set("2026-12-07T08:30:00Z"); // 15:30 in Bangkok, a Monday
        problem(join(site, "A", newDevice()), 409, "REMOTE_JOIN_CLOSED")
                .body("detail", containsString("09:00–15:00")).body("detail", containsString("8 Dec"))
                .body("detailTh", containsString("09:00–15:00"));
        clock.set("2026-12-07T07:59:00Z"); // 14:59
        join(site, "A", newDevice()).statusCode(201);

        // a closed day closes remote joining whatever the window, also where kiosks issue outside the hours
        Site weekdays = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", true)
                .service("A").create();
        remote(weekdays.services().get("A"), null, 5, null, null);
        clock.set("2026-12-12T03:00:00Z"); // Saturday 10:00
        problem(join(weekdays, "A", newDevice()), 409, "REMOTE_JOIN_CLOSED").body("detail", containsString("14 Dec"));
        kiosk(weekdays).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets", weekdays.code()).then()
                .statusCode(201);
    }

    @Test
    void todaysRemoteShareIsCountedAndTheKioskStillIssues() {
        remote(site.services().get("C"), 20, null, null, null); // 20 % of 10 a day: 2 remote tickets
        join(site, "C", newDevice()).statusCode(201);
        join(site, "C", newDevice()).statusCode(201);
        problem(join(site, "C", newDevice()), 409, "REMOTE_SHARE_TAKEN").body("detail", containsString("2"))
                .body("detailTh", containsString("ตู้"));
        // the refused request gave its number back: the kiosk gets C003
        kiosk(site).body(Map.of("service", "C")).post("/api/v1/service-points/{sp}/tickets", site.code()).then()
                .statusCode(201).body("number", equalTo("C003"));
        given().get("/api/v1/service-points/{sp}/remote-join", site.code()).then().statusCode(200)
                .body("find { it.prefix == 'C' }.placesLeft", equalTo(0));

        // the next business day has its own share
        clock.set(Instant.now().plus(Duration.ofDays(1)));
        join(site, "C", newDevice()).statusCode(201).body("number", equalTo("C001"));
    }

    @Test
    void theDailyCapHoldsForRemoteTicketsToo() {
        remote(site.services().get("C"), 100, null, null, null);
        for (int i = 0; i < 10; i++) {
            kiosk(site).body(Map.of("service", "C")).post("/api/v1/service-points/{sp}/tickets", site.code()).then()
                    .statusCode(201);
        }
        problem(join(site, "C", newDevice()), 409, "DAILY_CAP_REACHED");
    }

    @Test
    void oneActiveRemoteTicketPerDeviceUntilItIsServedOrOver() {
        String device = newDevice();
        JsonPath first = join(site, "A", device).statusCode(201).extract().jsonPath();
        problem(join(site, "A", device), 409, "REMOTE_TICKET_HELD").body("detail", containsString("A001"));
        remote(site.services().get("B"), null, 5, null, null);
        problem(join(site, "B", device), 409, "REMOTE_TICKET_HELD");
        join(site, "B", newDevice()).statusCode(201); // another phone

        openCounter(site, 1);
        long id = callNext(site, 1).getLong("id");
        assertEquals(first.getLong("id"), id);
        problem(join(site, "A", device), 409, "REMOTE_TICKET_HELD"); // called: still theirs
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        join(site, "A", device).statusCode(201).body("number", equalTo("A002"));
    }

    @Test
    void aNoShowRemoteTicketCanBePutBackWithinTheWindowAndHoldsTheDeviceUntilThen() {
        clock.set("2026-12-07T03:00:00Z");
        String device = newDevice();
        String token = join(site, "A", device).statusCode(201).extract().jsonPath().getString("trackingToken");
        openCounter(site, 1);
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "no-show").statusCode(200).body("status", equalTo("NO_SHOW"));
        assertEquals("NO_SHOW", publicStatus(token).getString("status"));

        // within the reactivation window the citizen may still come and be put back: the device holds it
        clock.advance(Duration.ofMinutes(10));
        problem(join(site, "A", device), 409, "REMOTE_TICKET_HELD");
        act(site, 1, id, "reactivate").statusCode(200).body("status", equalTo("WAITING"));
        assertEquals("WAITING", publicStatus(token).getString("status"));
        callNext(site, 1);
        act(site, 1, id, "no-show").statusCode(200);

        // once the window has passed it can no longer be put back, and the device may join again
        clock.advance(Duration.ofMinutes(31));
        problem(act(site, 1, id, "reactivate"), 409, "REACTIVATE_WINDOW_PASSED");
        join(site, "A", device).statusCode(201).body("number", equalTo("A002"));
    }

    @Test
    void theCitizensOwnRemoteTicketShowsTheSurveyLinkOnceServed() {
        String token = join(site, "A", newDevice()).statusCode(201).extract().jsonPath().getString("trackingToken");
        openCounter(site, 1);
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200).body("surveyUrl", nullValue());
        String survey = publicStatus(token).getString("surveyUrl");
        assertNotNull(survey);
        assertTrue(survey.contains("/survey/?t="), survey);
    }

    @Test
    void staffAndDevicesDoNotIssueRemoteTickets() {
        problem(kiosk(site).body(Map.of("service", "A", "channel", "REMOTE"))
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("channel"));
        problem(clerkOf(site, 1).body(Map.of("service", "A", "channel", "REMOTE"))
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), 422, "INVALID");
        problem(kiosk(site).header("X-Forwarded-For", newAddress()).body(Map.of("service", "A", "device", newDevice()))
                .post("/api/v1/service-points/{sp}/remote-join/tickets", site.code()).then(), 403, "FORBIDDEN");
        problem(clerkOf(site, 1).header("X-Forwarded-For", newAddress())
                .body(Map.of("service", "A", "device", newDevice()))
                .post("/api/v1/service-points/{sp}/remote-join/tickets", site.code()).then(), 403, "FORBIDDEN");
    }

    @Test
    void aDeviceSecretMustLookLikeOne() {
        for (String device : new String[] { "short", "x".repeat(129), "with spaces and more than 22 chars",
                "ก".repeat(30) }) {
            // sent wrong on purpose: the request is not checked against the document, the answer is
            problem(given().filter(OpenApiContract.UNCHECKED_REQUEST).header("X-Forwarded-For", newAddress())
                    .contentType(ContentType.JSON).body(Map.of("service", "A", "device", device))
                    .post("/api/v1/service-points/{sp}/remote-join/tickets", site.code()).then(), 422, "INVALID")
                    .body("errors[0].field", equalTo("device"));
        }
        problem(given().header("X-Forwarded-For", newAddress()).contentType(ContentType.JSON)
                .filter(OpenApiContract.UNCHECKED_REQUEST).body(Map.of("service", "A"))
                .post("/api/v1/service-points/{sp}/remote-join/tickets", site.code()).then(), 422, "INVALID");
    }

    @Test
    void aScriptIsSlowedDownPerClientAddress() {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            join(site, "B", newDevice(), address).statusCode(409); // counted, whatever the answer
        }
        problem(join(site, "A", newDevice(), address), 429, "TOO_MANY_REQUESTS").header("Retry-After", notNullValue());
        join(site, "A", newDevice(), newAddress()).statusCode(201); // another client is not held up
    }

    @Test
    void aCancelledRemoteTicketNoLongerHoldsTheDevice() {
        String device = newDevice();
        JsonPath ticket = join(site, "A", device).statusCode(201).extract().jsonPath();
        openCounter(site, 1);
        act(site, 1, ticket.getLong("id"), "cancel").statusCode(200);
        join(site, "A", device).statusCode(201).body("number", equalTo("A002"));
    }
}
