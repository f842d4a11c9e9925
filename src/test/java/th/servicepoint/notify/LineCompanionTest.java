package th.servicepoint.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.support.Api.serveNext;
import static th.servicepoint.support.LineStandIn.await;
import static th.servicepoint.support.LineStandIn.message;
import static th.servicepoint.support.LineStandIn.postback;
import static th.servicepoint.support.LineStandIn.pushTo;
import static th.servicepoint.support.LineStandIn.pushesTo;
import static th.servicepoint.support.LineStandIn.quickReply;
import static th.servicepoint.support.LineStandIn.replyTo;
import static th.servicepoint.support.LineStandIn.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.queue.RemoteJoinTest;
import th.servicepoint.retention.DataRetention;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.LineStandIn;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;
import th.servicepoint.survey.Visits;

/**
 * The companion on LINE, against a local stand-in of LINE's API: a citizen follows their ticket with the one-time code
 * their ticket page offers, hears that their turn is near, asks for more time or cancels with a quick reply, is
 * called, and rates the service from the link LINE brings them.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
class LineCompanionTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager entityManager;
    @Inject
    DataRetention retention;
    @Inject
    TestClock clock;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
    }

    @Test
    void aWholeVisitOnLine() {
        List<String> tokens = issue(10);
        String mine = tokens.get(5);
        String user = user();
        String number = publicStatus(mine).getString("number");

        JsonPath line = publicStatus(mine).setRootPath("line");
        assertTrue(line.getString("addUrl").startsWith("https://line.me/R/oaMessage/%40sp-test/?"),
                line.getString("addUrl"));
        assertTrue(line.getString("messageText").contains(number), "the citizen sees which ticket they follow");
        assertTrue(!line.getString("messageText").contains(mine), "the tracking token stays out of LINE");

        webhook(List.of(message(user, "r-link", line.getString("messageText")))).statusCode(204);
        LineStandIn.Received card = await("ticket card", replyTo("r-link"));
        assertEquals("flex", card.body().path("messages").path(0).path("type").asText());
        assertTrue(card.text().contains(number), card.text());
        assertTrue(LineStandIn.json(card.body()).contains("รออีก 5 คิว"), "five wait ahead of the sixth ticket");

        serveNext(site, 1);
        serveNext(site, 1);
        LineStandIn.Received near = await("call-ahead", pushTo(user, "ใกล้ถึงคิว " + number));
        assertTrue(near.text().contains("อีก 3 คิว"), near.text());
        assertNotNull(near.retryKey(), "every push carries its retry key");

        webhook(List.of(postback(user, "r-more", quickReply(near, "ขอเวลา")))).statusCode(204);
        assertTrue(await("more-time answer", replyTo("r-more")).text().contains("เลื่อนคิว " + number));
        JsonPath moved = publicStatus(mine);
        assertEquals(6, moved.getInt("waitingAhead"), "three who came after now go first");
        assertNotNull(moved.getString("moreTimeAt"));
        Map<String, Object> onConsole = clerkOf(site, 1).get("/api/v1/counters/{id}/waiting", site.counter(1)).then()
                .statusCode(200).extract().jsonPath().getMap("waiting.find { it.number == '" + number + "' }");
        assertNotNull(onConsole.get("moreTimeAt"), "the clerk sees who asked for more time");
        assertEquals(1, inDatabase(() -> AuditEntry.count("action = 'MORE_TIME' and detail like '%LINE%'"
                + " and ticketId = (select id from Ticket where trackingToken = ?1)", mine)));

        webhook(List.of(postback(user, "r-more-again", quickReply(near, "ขอเวลา")))).statusCode(204);
        assertTrue(await("refusal", replyTo("r-more-again")).text().contains("ครั้งเดียว"), "once per ticket");

        for (int i = 0; i < 6; i++) {
            serveNext(site, 1);
        }
        long id = callNext(site, 1).getLong("id");
        await("call", pushTo(user, "ถึงคิว " + number + " แล้ว เชิญที่ช่องบริการ 1"));
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        LineStandIn.Received survey = await("survey link", pushTo(user, "ประเมินความพึงพอใจ"));
        String url = survey.text().substring(survey.text().indexOf("http"));
        String token = url.substring(url.indexOf("?t=") + 3);
        JsonPath view = Visits.survey(token).statusCode(200).extract().jsonPath();
        Visits.answer(token, Map.of("answers", Visits.asAsked(view, Map.of()))).statusCode(201);
        assertEquals(1, pushesTo(user).stream().filter(p -> p.text().contains("ใกล้ถึงคิว")).count(),
                "call-ahead is told once");
    }

    @Test
    void cancellingFromLineTakesTheTicketOutOfTheQueue() {
        List<String> tokens = issue(2);
        String mine = tokens.get(1);
        String user = user();
        follow(user, mine);
        LineStandIn.Received near = await("call-ahead at once", pushTo(user, "อีก 1 คิว"));

        webhook(List.of(postback(user, "r-cancel", quickReply(near, "ยกเลิก")))).statusCode(204);
        assertTrue(await("cancel answer", replyTo("r-cancel")).text().contains("ยกเลิกคิว"));
        assertEquals("CANCELLED", publicStatus(mine).getString("status"));
        assertEquals(1, inDatabase(() -> AuditEntry.count("action = 'CANCEL' and reason = 'citizen'"
                + " and ticketId = (select id from Ticket where trackingToken = ?1)", mine)));
    }

    @Test
    void aQuickReplyOfSomeoneElsesNoticeChangesNothing() {
        String mine = issue(1).get(0);
        String user = user();
        follow(user, mine);
        LineStandIn.Received near = await("call-ahead", pushTo(user, "ใกล้ถึงคิว"));

        webhook(List.of(postback(user(), "r-other", quickReply(near, "ยกเลิก")))).statusCode(204);
        await("help instead", replyTo("r-other"));
        assertEquals("WAITING", publicStatus(mine).getString("status"));
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() {
        String mine = issue(1).get(0);
        String text = publicStatus(mine).getString("line.messageText");
        String body = LineStandIn.json(Map.of("destination", "Ubot", "events", List.of(message(user(), "r", text))));

        problem(given().contentType(ContentType.JSON).header("X-Line-Signature", LineStandIn.signature(body + " "))
                .body(body).post("/api/v1/line/webhook").then(), 401, "BAD_SIGNATURE");
        problem(given().contentType(ContentType.JSON).body(body).post("/api/v1/line/webhook").then(), 401,
                "BAD_SIGNATURE");
        assertEquals(text, publicStatus(mine).getString("line.messageText"), "the code is still unused");
        assertEquals(0L, followers(mine));
    }

    @Test
    void aCodeFollowsOnceAndTheNextOneIsOffered() {
        String mine = issue(1).get(0);
        String text = publicStatus(mine).getString("line.messageText");
        String first = user();
        follow(first, mine);
        webhook(List.of(message(first, "r-again", text))).statusCode(204);
        assertTrue(await("same follower", replyTo("r-again")).text().contains("บัตรคิว"), "redelivery is harmless");

        webhook(List.of(message(user(), "r-used", text))).statusCode(204);
        assertTrue(await("used code", replyTo("r-used")).text().contains("ใช้ไปแล้ว"));
        String next = publicStatus(mine).getString("line.messageText");
        assertTrue(!next.equals(text), "a new code for the next follower");
        webhook(List.of(message(user(), "r-unknown", "ติดตามคิว รหัส ABCD-EFGH"))).statusCode(204);
        assertTrue(await("unknown code", replyTo("r-unknown")).text().contains("ไม่พบรหัส"));
        assertEquals(1L, followers(mine));
    }

    @Test
    void aFailedPushIsSentAgainOnceWithTheSameRetryKey() {
        String mine = issue(2).get(1);
        String user = user();
        follow(user, mine);
        await("call-ahead", pushTo(user, "ใกล้ถึงคิว"));
        serveNext(site, 1);
        LineStandIn.failNextPushes(1);
        callNext(site, 1);
        await("call after a retry", pushTo(user, "ถึงคิว"));
        pause(Duration.ofSeconds(1));
        assertEquals(1, pushesTo(user).stream().filter(p -> p.text().startsWith("ถึงคิว")).count(), "none twice");
        assertEquals("SENT", noticeState(mine, "CALLED"));
    }

    @Test
    void overTheMonthsBudgetPushesStopAndAdminsSeeIt() {
        String mine = issue(3).get(2);
        String user = user();
        inDatabase(() -> entityManager.createNativeQuery("insert into line_push_month values"
                + " (cast(date_trunc('month', now() at time zone 'Asia/Bangkok') as date), 300)"
                + " on conflict (month) do update set pushes = 300").executeUpdate());
        try {
            follow(user, mine);
            serveNext(site, 1);
            awaitState(mine, "CALL_AHEAD", "OVER_BUDGET");
            assertTrue(pushesTo(user).isEmpty(), "no push over the budget");
            JsonPath status = th.servicepoint.support.Api.admin().get("/api/v1/admin/companion").then().statusCode(200)
                    .extract()
                    .jsonPath();
            assertTrue(status.getBoolean("overBudget"));
            assertEquals(300, status.getInt("lineMonthlyPushBudget"));
            assertEquals("WAITING", publicStatus(mine).getString("status"), "the queue goes on");
        } finally {
            inDatabase(() -> entityManager.createNativeQuery("delete from line_push_month").executeUpdate());
        }
    }

    @Test
    void blockingTheAccountStopsPushesAndTheRetentionPurgeForgetsTheUser() {
        String mine = issue(2).get(1);
        String user = user();
        follow(user, mine);
        await("call-ahead", pushTo(user, "ใกล้ถึงคิว"));
        String family = user();
        follow(family, mine);
        webhook(List.of(LineStandIn.unfollow(user))).statusCode(204);
        serveNext(site, 1);
        callNext(site, 1);
        await("the call, to who still follows", pushTo(family, "ถึงคิว"));
        assertEquals(1, pushesTo(user).size(), "nothing after blocking");

        inDatabase(() -> entityManager.createNativeQuery("update ticket_follower set business_day = business_day - 400"
                + " where address = :user").setParameter("user", user).executeUpdate());
        assertTrue(retention.purge().followerAddresses() >= 1);
        assertEquals(0L, inDatabase(() -> TicketFollower.count("address", user)));
    }

    @Test
    void aComplaintIsFollowedByItsTrackingCodeAndItsStatusChangesArePushed() {
        String code = given().contentType(ContentType.JSON)
                .body(Map.of("category", "GENERAL", "text", "ป้ายบอกทางไปห้องน้ำไม่ชัดเจน"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getString("trackingCode");
        JsonPath tracked = given().get("/api/v1/complaints/track/{code}", code).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("ติดตามเรื่องร้องเรียน " + code, tracked.getString("line.messageText"));
        String user = user();

        webhook(List.of(message(user, "r-complaint", tracked.getString("line.messageText")))).statusCode(204);
        assertTrue(await("following", replyTo("r-complaint")).text().contains("ติดตามเรื่องร้องเรียน " + code));
        String reference = inDatabase(
                () -> th.servicepoint.complaint.Complaint.<th.servicepoint.complaint.Complaint> find("trackingCode", code)
                        .firstResult().reference);
        th.servicepoint.support.Api.as("officer", "officer").contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED", "publicAnswer", "ติดป้ายใหม่แล้ว ขอบคุณที่แจ้ง"))
                .post("/api/v1/complaints/{reference}/status", reference).then().statusCode(200);
        LineStandIn.Received closed = await("status push", pushTo(user, "เรื่องร้องเรียน " + code));
        assertTrue(closed.text().contains("ดำเนินการเสร็จสิ้น") && closed.text().contains("ติดป้ายใหม่แล้ว"),
                closed.text());
        assertNull(given().get("/api/v1/complaints/track/{code}", code).then().statusCode(200).extract().jsonPath()
                .get("line"), "a closed complaint has nothing more to tell");
    }

    @Test
    void aCorruptionComplaintIsNeverOfferedNorFollowedOnLine() {
        String code = given().contentType(ContentType.JSON)
                .body(Map.of("category", "CORRUPTION", "text", "มีการเรียกรับเงินเพื่อลัดคิว"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getString("trackingCode");
        assertNull(given().get("/api/v1/complaints/track/{code}", code).then().statusCode(200).extract().jsonPath()
                .get("line"));
        String user = user();
        webhook(List.of(message(user, "r-corruption", "ติดตามเรื่องร้องเรียน " + code))).statusCode(204);
        assertTrue(await("refusal", replyTo("r-corruption")).text().contains("ไม่พบเรื่องร้องเรียน"));
        assertEquals(0L, inDatabase(() -> TicketFollower.count("address", user)));
    }

    @Test
    void aLineUserFollowsOneTicketTakenFromAPhoneAtATime() {
        clock.set("2026-12-07T03:00:00Z"); // a Monday, 10:00 in Bangkok: open for joining
        try {
            RemoteJoinTest.remote(site.services().get("A"), null, 50, null, null);
            String first = RemoteJoinTest.join(site, "A", RemoteJoinTest.newDevice()).statusCode(201).extract()
                    .jsonPath().getString("trackingToken");
            String second = RemoteJoinTest.join(site, "A", RemoteJoinTest.newDevice()).statusCode(201).extract()
                    .jsonPath().getString("trackingToken");
            String user = user();
            follow(user, first);
            webhook(List.of(message(user, "r-second", publicStatus(second).getString("line.messageText"))))
                    .statusCode(204);
            assertTrue(await("refusal", replyTo("r-second")).text().contains("จองจากโทรศัพท์อยู่แล้ว"));
            assertEquals(0L, followers(second));
        } finally {
            clock.reset();
        }
    }

    @Test
    void withoutAWaitingTicketThereIsNothingToFollow() {
        String mine = issue(1).get(0);
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        assertNull(publicStatus(mine).get("line"), "a served ticket offers no LINE link");
    }

    private List<String> issue(int tickets) {
        return java.util.stream.IntStream.range(0, tickets)
                .mapToObj(i -> th.servicepoint.support.Api.issue(site, "A").getString("trackingToken")).toList();
    }

    private static String user() {
        return "U" + Fixtures.unique("line").replace("-", "");
    }

    private static void follow(String user, String trackingToken) {
        String reply = "r-" + user;
        webhook(List.of(message(user, reply, publicStatus(trackingToken).getString("line.messageText"))))
                .statusCode(204);
        await("ticket card", replyTo(reply));
    }

    private long followers(String trackingToken) {
        return inDatabase(() -> TicketFollower.count(
                "ticketId = (select id from Ticket where trackingToken = ?1) and stoppedAt is null", trackingToken));
    }

    private String noticeState(String trackingToken, String kind) {
        return inDatabase(() -> (String) entityManager.createNativeQuery("select n.state from notice n"
                + " join ticket t on t.id = n.ticket_id where t.tracking_token = :t and n.kind = :kind")
                .setParameter("t", trackingToken).setParameter("kind", kind).getResultList().stream().findFirst()
                .orElse("NONE"));
    }

    private void awaitState(String trackingToken, String kind, String state) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!state.equals(noticeState(trackingToken, kind))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(kind + " notice is " + noticeState(trackingToken, kind) + ", not " + state);
            }
            pause(Duration.ofMillis(100));
        }
    }

    private static <T> T inDatabase(Supplier<T> work) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
