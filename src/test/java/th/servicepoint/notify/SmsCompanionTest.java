package th.servicepoint.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.serveNext;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.retention.DataRetention;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.SmsGatewayStandIn;
import th.servicepoint.support.SmsGatewayStandIn.Received;
import th.servicepoint.support.TestClock;

/**
 * SMS against a gateway stand-in, over real HTTP: a citizen gives their number for a ticket, is texted in Thai when
 * their turn is near and when they are called, once each, through the gateway's credential; a failing gateway is
 * tried again; the number is cleared once the ticket is finished, its hash with the ticket's link; and the limits
 * keep a ticket's link from texting strangers.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
@ExtendWith(ResetClockAfterEach.class)
class SmsCompanionTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager entityManager;
    @Inject
    DataRetention retention;
    @Inject
    SmsNumberClearing clearing;
    @Inject
    TestClock clock;

    Site site;
    /** Every log line of the application during a test, to show that none holds a number. */
    final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Handler logLines = new Handler() {
        @Override
        public void publish(LogRecord line) {
            logged.add(String.valueOf(line.getMessage()) + " " + java.util.Arrays.toString(line.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(logLines);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(logLines);
    }

    /** No log line holds the number, in any of the ways it is written. */
    void assertNotLogged(String local) {
        String national = local.substring(1);
        List<String> leaks = logged.stream().filter(line -> line.contains(national)).toList();
        assertEquals(List.of(), leaks, "log lines with the number");
    }

    @BeforeEach
    void site() {
        SmsGatewayStandIn.gateway().reset();
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
    }

    /** A mobile number no other test gives today, so the per-number limits of one test leave the others alone. */
    static String someMobile() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static ValidatableResponse signUp(String token, String phone) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .post("/api/v1/tickets/{token}/sms", token).then();
    }

    static JsonPath smsView(String token) {
        return given().get("/api/v1/tickets/{token}/sms", token).then().statusCode(200).extract().jsonPath();
    }

    /** The texts the gateway got for a number (as the gateway's URL carries it, 0XXXXXXXXX). */
    static Predicate<Received> to(String local, String containing) {
        return got -> got.pathAndQuery().startsWith("/send?to=" + local + "&") && text(got).contains(containing);
    }

    static String text(Received got) {
        try {
            JsonNode body = JSON.readTree(got.body());
            return body.path("text").asText();
        } catch (Exception e) {
            throw new AssertionError("the gateway got no JSON: " + got.body(), e);
        }
    }

    static Received awaitOne(String what, Predicate<Received> matching) {
        List<Received> got = SmsGatewayStandIn.gateway().await(1, matching, SOON);
        assertFalse(got.isEmpty(), "no SMS for " + what + "; the gateway got " + SmsGatewayStandIn.gateway().received());
        return got.get(0);
    }

    <T> T inDatabase(Supplier<T> query) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, () -> QuarkusTransaction.requiringNew().call(query::get));
    }

    private List<String> tokens(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> issue(site, "A").getString("trackingToken"))
                .toList();
    }

    @Test
    void aNumberIsCheckedAndARefusalSaysWhatToType() {
        String token = issue(site, "A").getString("trackingToken");
        problem(signUp(token, "02 123 4567"), 422, "INVALID").body("errors[0].field", equalTo("phone"))
                .body("detailTh", containsString("06 08 หรือ 09")).body("detail", containsString("06, 08 or 09"));
        problem(signUp(token, "0812345"), 422, "INVALID").body("errors[0].field", equalTo("phone"));
        problem(signUp("no-such-ticket", someMobile()), 404, "TICKET_NOT_FOUND");
        assertNull(smsView(token).getString("phone"), "a refused number is not kept");
        assertEquals(0L, (long) inDatabase(() -> TicketFollower.count("channel = ?1 and ticketId = ?2",
                FollowerChannel.SMS, idOf(token))));

        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        problem(signUp(token, someMobile()), 409, "TICKET_FINISHED");
        assertFalse(smsView(token).getBoolean("offered"), "a finished ticket is not offered SMS");
    }

    @Test
    void theCallAheadAndTheCallArriveInThaiOnceEachWithTheGatewaysCredential() {
        List<String> tokens = tokens(6);
        String mine = tokens.get(5);
        String number = issueNumberOf(mine);
        String mobile = someMobile();
        JsonPath view = signUp(mine, mobile.substring(0, 3) + "-" + mobile.substring(3, 6) + "-" + mobile.substring(6))
                .statusCode(200).body("offered", equalTo(true)).extract().jsonPath();
        assertEquals("0••-•••-•" + mobile.substring(7), view.getString("phone"), "the last three digits only");
        assertEquals(List.of("CALL_AHEAD", "CALLED"), view.getList("kinds"));
        assertEquals(1, view.getInt("numbersLeft"));

        serveNext(site, 1);
        serveNext(site, 1);
        Received near = awaitOne("call-ahead", to(mobile, "ใกล้ถึงคิว " + number));
        assertEquals("POST", near.method());
        assertEquals("Bearer test-sms-gateway-key", near.header("Authorization"));
        assertTrue(near.header("Content-Type").startsWith("application/json"));
        assertTrue(text(near).contains("อีก 3 คิว"), text(near));
        // the test's service point is named with its code (t5-ffbd…), the rest must be Thai
        assertFalse(text(near).replace(site.code(), "").matches("(?s).*[A-Za-z]{3,}.*"),
                "no English in an SMS: " + text(near));
        assertFalse(text(near).contains("http"), "the call-ahead goes without its link: " + text(near));
        String reference = near.pathAndQuery().substring(near.pathAndQuery().indexOf("&ref=") + 5);
        assertEquals(36, reference.length(), "the notice's retry key: " + reference);

        for (int i = 0; i < 3; i++) {
            serveNext(site, 1);
        }
        long id = callNext(site, 1).getLong("id");
        Received called = awaitOne("call", to(mobile, "ถึงคิว " + number + " แล้ว เชิญที่ช่องบริการ 1"));
        assertEquals(1, SmsText.parts(text(called)), "the call is one UCS-2 message: " + text(called));
        act(site, 1, id, "recall").statusCode(200);
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);

        // the survey notice is not texted by default; give the dispatcher time to have sent anything it would
        SmsGatewayStandIn.gateway().await(3, got -> got.pathAndQuery().startsWith("/send?to=" + mobile),
                Duration.ofSeconds(2));
        List<Received> all = SmsGatewayStandIn.gateway().received().stream()
                .filter(got -> got.pathAndQuery().startsWith("/send?to=" + mobile + "&")).toList();
        assertEquals(2, all.size(), "the call-ahead and the call, once each, a recall not again: " + all);
    }

    @Test
    void aGatewayThatFailsIsTriedAgainAndANumberItRefusesIsStopped() {
        String token = issue(site, "A").getString("trackingToken");
        String number = issueNumberOf(token);
        String mobile = someMobile();
        signUp(token, mobile).statusCode(200);
        String next = text(awaitOne("call-ahead of the ticket next in line", to(mobile, "ใกล้ถึงคิว " + number)));
        // nobody is ahead and nobody is served: no estimate of "about 0 minutes", the place alone
        assertEquals("ใกล้ถึงคิว " + number + " แล้ว (คิวถัดไปคือคิวของคุณ) กรุณากลับมาที่ จุดบริการทดสอบ " + site.code(),
                next);
        awaitNothingPending(token);
        SmsGatewayStandIn.gateway().answerNext(500, 503);
        callNext(site, 1);
        List<Received> tries = SmsGatewayStandIn.gateway().await(3, to(mobile, "ถึงคิว " + number), SOON);
        assertEquals(3, tries.size(), "two failures, then sent");
        long ticket = idOf(token);
        waitFor("the call recorded as sent", () -> "SENT".equals(inDatabase(() -> entityManager.createNativeQuery(
                "select state from notice where ticket_id = :t and kind = 'CALLED'").setParameter("t", ticket)
                .getSingleResult())));
        assertEquals(3, (int) inDatabase(() -> ((Number) entityManager.createNativeQuery(
                "select attempts from notice where ticket_id = :t and kind = 'CALLED'").setParameter("t", ticket)
                .getSingleResult()).intValue()));

        String other = issue(site, "A").getString("trackingToken");
        String refused = someMobile();
        SmsGatewayStandIn.gateway().answerNext(400);
        signUp(other, refused).statusCode(200);
        // a ticket next in line is told at once that its turn is near: the gateway refuses that number
        awaitOne("refused call-ahead", to(refused, "ใกล้ถึงคิว"));
        waitFor("the refused number's follower stopped",
                () -> inDatabase(() -> TicketFollower.count("ticketId = ?1 and stoppedAt is not null", idOf(other))) == 1);
        clearing.clear();
        assertNull(smsView(other).getString("phone"), "a refused number is no longer shown");
        assertNull(follower(other).address, "and no longer kept");
        assertNotNull(follower(other).addressHash, "its hash is, for the limits");
        assertTrue(logged.stream().anyMatch(line -> line.contains("answered 500")), "the failures were logged");
        assertNotLogged(mobile);
        assertNotLogged(refused);
    }

    @Test
    void theNumberIsClearedOnceTheTicketIsFinishedAndItsHashWithTheTicketsLink() {
        clock.set("2063-05-12T03:00:00Z"); // 10:00 in Bangkok, in a year of this test's own
        String token = issue(site, "A").getString("trackingToken");
        String mobile = someMobile();
        signUp(token, mobile).statusCode(200);
        TicketFollower given = follower(token);
        assertEquals("+66" + mobile.substring(1), given.address, "kept as +66… while texts may come");
        assertEquals(64, given.addressHash.length());

        long id = callNext(site, 1).getLong("id");
        awaitOne("call", to(mobile, "ถึงคิว"));
        awaitNothingPending(token);
        act(site, 1, id, "start").statusCode(200);
        clearing.clear();
        assertNotNull(follower(token).address, "kept while the ticket is served");
        act(site, 1, id, "complete").statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        clearing.clear();
        assertNotNull(follower(token).address, "kept a few minutes after, for the last notices");

        clock.advance(Duration.ofMinutes(6));
        clearing.clear();
        TicketFollower cleared = follower(token);
        assertNull(cleared.address, "cleared once the ticket is finished");
        assertEquals(given.addressHash, cleared.addressHash, "the hash stays");
        assertNotNull(cleared.stoppedAt);
        assertTrue(inDatabase(() -> AuditEntry.count("action = 'CLEAR_SMS_NUMBERS'")) >= 1);

        long ticket = idOf(token);
        clock.advance(Duration.ofDays(31));
        retention.purge();
        assertNull(follower(ticket).addressHash, "the hash goes with the ticket's link");
    }

    @Test
    void aNoShowKeepsItsNumberThroughTheReactivateWindow() {
        clock.set("2063-06-09T03:00:00Z");
        String token = issue(site, "A").getString("trackingToken");
        String mobile = someMobile();
        signUp(token, mobile).statusCode(200);
        long id = callNext(site, 1).getLong("id");
        awaitOne("call", to(mobile, "ถึงคิว"));
        awaitNothingPending(token);
        act(site, 1, id, "no-show").statusCode(200);
        clock.advance(Duration.ofMinutes(20));
        clearing.clear();
        assertNotNull(follower(token).address, "the ticket may still be called again");
        clock.advance(Duration.ofMinutes(25)); // past the 30-minute window and the 10 minutes after
        clearing.clear();
        assertNull(follower(token).address);
    }

    @Test
    void oneNumberAtATimeAFewPerTicketAndAFewTicketsPerNumberADay() {
        String token = issue(site, "A").getString("trackingToken");
        String first = someMobile();
        String second = someMobile();
        signUp(token, first).statusCode(200).body("numbersLeft", equalTo(1));
        signUp(token, first).statusCode(200).body("numbersLeft", equalTo(1)); // the same again: nothing changes
        signUp(token, second).statusCode(200).body("phone", equalTo("0••-•••-•" + second.substring(7)))
                .body("numbersLeft", equalTo(0));
        assertEquals(1L, (long) inDatabase(
                () -> TicketFollower.count("ticketId = ?1 and channel = ?2 and stoppedAt is null", idOf(token),
                        FollowerChannel.SMS)),
                "one number at a time");
        problem(signUp(token, someMobile()), 409, "SMS_NUMBERS_PER_TICKET")
                .body("detailTh", containsString("ไม่เกิน 2 หมายเลข"));
        signUp(token, first).statusCode(200).body("phone", equalTo("0••-•••-•" + first.substring(7)));

        given().delete("/api/v1/tickets/{token}/sms", token).then().statusCode(200).body("phone", nullValue());
        assertNull(follower(token).address, "stopped: the number is cleared at once");

        String busy = someMobile();
        for (String ticket : tokens(3)) {
            signUp(ticket, busy).statusCode(200);
        }
        String fourth = issue(site, "A").getString("trackingToken");
        problem(signUp(fourth, busy), 429, "SMS_NUMBER_DAILY_LIMIT").header("Retry-After", org.hamcrest.Matchers
                .notNullValue()).body("detailTh", containsString("ครบ 3 บัตรคิว"));
        signUp(fourth, someMobile()).statusCode(200);
    }

    @Test
    void twoNumbersGivenAtOnceLeaveOneToText() throws Exception {
        String token = issue(site, "A").getString("trackingToken");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = two.invokeAll(List.of(
                    () -> signUp(token, someMobile()).extract().statusCode(),
                    () -> signUp(token, someMobile()).extract().statusCode()));
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            two.shutdown();
        }
        assertEquals(1L, (long) inDatabase(() -> TicketFollower.count(
                "ticketId = ?1 and channel = ?2 and stoppedAt is null", idOf(token), FollowerChannel.SMS)));
        assertEquals(0, smsView(token).getInt("numbersLeft"));
    }

    private long idOf(String token) {
        return inDatabase(() -> ((Number) entityManager
                .createNativeQuery("select id from ticket where tracking_token = :t").setParameter("t", token)
                .getSingleResult()).longValue());
    }

    private String issueNumberOf(String token) {
        return given().get("/api/v1/tickets/{token}", token).then().statusCode(200).extract().jsonPath()
                .getString("number");
    }

    private TicketFollower follower(String token) {
        return follower(idOf(token));
    }

    private TicketFollower follower(long ticket) {
        return inDatabase(() -> TicketFollower.<TicketFollower> find("ticketId = ?1 and channel = ?2 order by id desc",
                ticket, FollowerChannel.SMS).firstResult());
    }

    /** The dispatcher has recorded the answer to every notice of the ticket. */
    private void awaitNothingPending(String token) {
        long ticket = idOf(token);
        waitFor("the ticket's notices delivered", () -> ((Number) inDatabase(() -> entityManager
                .createNativeQuery("select count(*) from notice where ticket_id = :t and state = 'PENDING'")
                .setParameter("t", ticket).getSingleResult())).longValue() == 0);
    }

    private static void waitFor(String what, Supplier<Boolean> condition) {
        long until = System.nanoTime() + SOON.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited in vain for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
