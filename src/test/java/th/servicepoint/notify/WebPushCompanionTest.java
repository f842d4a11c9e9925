package th.servicepoint.notify;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.support.Api.serveNext;
import static th.servicepoint.support.Api.surveyUrl;
import static th.servicepoint.support.Api.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.notify.PushServiceStandIn.Phone;
import th.servicepoint.queue.TicketLinks;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OpenApiContract;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.Site;

/**
 * Web push end to end, over real HTTP: the ticket page's subscription is sent to the API, the queue moves through the
 * existing APIs, the dispatcher sends, and the stand-in push service decrypts what reached the phone with the phone's
 * own keys.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
class WebPushCompanionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Inject
    Fixtures fixtures;
    @Inject
    TicketLinks links;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").service("B").counter(1, "A", "B").create();
        openCounter(site, 1);
    }

    @Test
    void theKeyIsOfferedToThePage() {
        given().get("/api/v1/web-push/key").then().statusCode(200).body("enabled", equalTo(true))
                .body("publicKey", equalTo(PushServiceStandIn.vapidPublicKey()));
    }

    @Test
    void aWholeVisitReachesThePhoneOnceEachDecryptedWithItsKeys() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(issue(site, "A").getString("trackingToken"));
        }
        String mine = tokens.get(4);
        String number = publicStatus(mine).getString("number");
        Phone phone = PushServiceStandIn.phone();
        subscribe(mine, phone.subscription()).statusCode(204);
        subscribe(mine, phone.subscription()).statusCode(204); // the page sends it again on every visit: no second follower
        assertEquals(1L, followers(mine, null));

        serveNext(site, 1); // three ahead now: the call-ahead
        JsonNode callAhead = awaitMessage(phone, 1);
        assertEquals(number, callAhead.path("title").asText());
        assertTrue(callAhead.path("body").asText().startsWith("ใกล้ถึงคิว " + number + " แล้ว (อีก 3 คิว"),
                callAhead.path("body").asText());
        assertTrue(callAhead.path("body").asText().contains("\nTicket " + number + " is nearly up (3 ahead of you"),
                "Thai first, then English: " + callAhead.path("body").asText());
        assertEquals(links.tracking(mine), callAhead.path("url").asText());
        assertEquals("high", phone.received().get(0).urgency());

        for (int i = 0; i < 3; i++) {
            serveNext(site, 1);
        }
        long id = callNext(site, 1).getLong("id");
        String counterName = publicStatus(mine).getString("counterName");
        String at = counterName == null || counterName.isBlank() ? "" : " (" + counterName + ")";
        JsonNode called = awaitMessage(phone, 2);
        assertEquals("ถึงคิว " + number + " แล้ว เชิญที่ช่องบริการ 1" + at + "\nTicket " + number
                + ": please go to counter 1" + at, called.path("body").asText());
        assertEquals(number, called.path("tag").asText(), "replaces the call-ahead on the phone");
        assertEquals("high", phone.received().get(1).urgency());

        transfer(site, 1, id, "B").statusCode(200);
        JsonNode moved = awaitMessage(phone, 3);
        assertTrue(moved.path("body").asText().startsWith("บัตรคิว " + number + " ย้ายไปรอที่งาน "),
                moved.path("body").asText());
        assertTrue(moved.path("body").asText().contains("\nTicket " + number + " moved to "));
        assertEquals("normal", phone.received().get(2).urgency());

        long again = callNext(site, 1).getLong("id");
        assertEquals(id, again);
        awaitMessage(phone, 4);
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        JsonNode survey = awaitMessage(phone, 5);
        assertEquals("ขอบคุณที่ใช้บริการ (คิว " + number + ") กรุณาประเมินความพึงพอใจ ใช้เวลาประมาณ 1 นาที\n"
                + "Thank you for visiting (ticket " + number + "). Please rate our service; it takes a minute",
                survey.path("body").asText());
        assertEquals(surveyUrl(mine), survey.path("url").asText());

        // nothing else comes: each notice once, whatever the dispatcher's retries
        sleep(Duration.ofSeconds(2));
        assertEquals(5, phone.received().size(), phone.received().toString());
        assertEquals(List.of(), PushServiceStandIn.problems());
    }

    /** A ticket next in line is told so as soon as it is followed (the call-ahead), then its call. */
    @Test
    void aSubscriptionThePushServiceDropsStopsItsFollower() {
        String mine = issue(site, "A").getString("trackingToken");
        Phone gone = PushServiceStandIn.phone();
        Phone kept = PushServiceStandIn.phone();
        gone.answer(410);
        subscribe(mine, gone.subscription()).statusCode(204);
        subscribe(mine, kept.subscription()).statusCode(204);

        assertTrue(awaitMessage(kept, 1).path("body").asText().startsWith("ใกล้ถึงคิว"));
        await().atMost(PATIENCE).until(() -> followers(mine, true) == 1L);
        assertEquals(1L, followers(mine, false), "the other phone still follows");

        gone.answer(201);
        callNext(site, 1);
        assertTrue(awaitMessage(kept, 2).path("body").asText().startsWith("ถึงคิว"));
        sleep(Duration.ofSeconds(1));
        assertEquals(List.of(), gone.received(), "a stopped follower hears nothing more");
    }

    @Test
    void aPhoneThatStopsHearsNothingMore() {
        String mine = issue(site, "A").getString("trackingToken");
        Phone phone = PushServiceStandIn.phone();
        subscribe(mine, phone.subscription()).statusCode(204);
        awaitMessage(phone, 1); // the call-ahead of a ticket next in line
        given().contentType(ContentType.JSON).body(phone.subscription())
                .delete("/api/v1/tickets/{t}/web-push", mine).then().statusCode(204);
        given().contentType(ContentType.JSON).body(phone.subscription())
                .delete("/api/v1/tickets/{t}/web-push", mine).then().statusCode(204);
        assertEquals(0L, followers(mine, false));

        callNext(site, 1);
        sleep(Duration.ofSeconds(2));
        assertEquals(1, phone.received().size(), "nothing after the stop: " + phone.received());
    }

    @Test
    void subscriptionsThatCannotBeUsedAreRefusedInThaiAndEnglish() {
        String mine = issue(site, "A").getString("trackingToken");
        Phone phone = PushServiceStandIn.phone();
        String p256dh = phone.p256dh();
        String auth = phone.authSecret();
        String origin = PushServiceStandIn.origin();

        refused(mine, form("http://localhost/push/x", p256dh, auth), "endpoint");
        refused(mine, form(origin.replace("localhost", "push.evil.example") + "/push/x", p256dh, auth), "endpoint");
        refused(mine, form("https://evil.example/?u=" + origin, p256dh, auth), "endpoint");
        refused(mine, form("https://user@localhost/push/x", p256dh, auth), "endpoint");
        refused(mine, form("not a url", p256dh, auth), "endpoint");
        byte[] offCurve = new byte[65];
        offCurve[0] = 4;
        offCurve[64] = 1;
        refused(mine, form(phone.endpoint(), b64(offCurve), auth), "keys.p256dh");
        refused(mine, form(phone.endpoint(), b64(new byte[33]), auth), "keys.p256dh");
        refused(mine, form(phone.endpoint(), Base64.getEncoder().encodeToString(
                Base64.getUrlDecoder().decode(p256dh)).replace('/', '+') + "+", auth), "keys.p256dh");
        refused(mine, form(phone.endpoint(), p256dh, b64(new byte[15])), "keys.auth");
        refused(mine, form(phone.endpoint(), p256dh, "!!"), "keys.auth");
        problem(given().filter(OpenApiContract.UNCHECKED_REQUEST).contentType(ContentType.JSON)
                .body(Map.of("endpoint", phone.endpoint())).post("/api/v1/tickets/{t}/web-push", mine).then(), 422,
                "INVALID").body("errors.field", hasItem("keys"));
        problem(given().filter(OpenApiContract.UNCHECKED_REQUEST).contentType(ContentType.JSON).body("{\"endpoint\":")
                .post("/api/v1/tickets/{t}/web-push", mine).then(), 400, "UNREADABLE_BODY");
        assertEquals(0L, followers(mine, null));

        problem(subscribe("no-such-ticket", phone.subscription()), 404, "TICKET_NOT_FOUND");
        for (int i = 0; i < 5; i++) {
            subscribe(mine, PushServiceStandIn.phone().subscription()).statusCode(204);
        }
        problem(subscribe(mine, phone.subscription()), 409, "TOO_MANY_FOLLOWERS");

        String served = issue(site, "B").getString("trackingToken");
        serveNext(site, 1);
        serveNext(site, 1);
        problem(subscribe(served, phone.subscription()), 409, "TICKET_FINISHED");
    }

    private static ValidatableResponse subscribe(String token, Map<String, Object> subscription) {
        return given().contentType(ContentType.JSON).body(subscription).post("/api/v1/tickets/{t}/web-push", token)
                .then();
    }

    private static void refused(String token, Map<String, Object> subscription, String field) {
        problem(subscribe(token, subscription), 422, "INVALID").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> form(String endpoint, String p256dh, String auth) {
        return Map.of("endpoint", endpoint, "keys", Map.of("p256dh", p256dh, "auth", auth));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static JsonNode awaitMessage(Phone phone, int count) {
        await().atMost(PATIENCE).until(() -> phone.received().size() >= count);
        assertEquals(count, phone.received().size(), "one message at a time: " + phone.received());
        return phone.received().get(count - 1).json();
    }

    /** Web push followers of the ticket: all (null), stopped (true) or following (false). */
    private static long followers(String token, Boolean stopped) {
        String state = stopped == null ? "" : stopped ? " and stoppedAt is not null" : " and stoppedAt is null";
        return inDatabase(() -> TicketFollower.count("channel = ?1 and ticketId = (select id from Ticket where "
                + "trackingToken = ?2)" + state, FollowerChannel.WEB_PUSH, token));
    }

    private static <T> T inDatabase(Supplier<T> work) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
