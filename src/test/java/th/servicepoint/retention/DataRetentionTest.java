package th.servicepoint.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.support.Api.surveyToken;
import static th.servicepoint.support.Api.surveyUrl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.complaint.Complaint;
import th.servicepoint.queue.TrackingTokenPurge;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The nightly purge of personal data (PDPA): old tickets' links stop working, recent ones keep working, closed
 * complaints lose their contact a year after closing, and running it again, or on two instances at once, is harmless.
 * Each test works in its own years, so other tests' tickets and complaints are not its concern.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class DataRetentionTest {

    private static final String TICKETS = "/api/v1/tickets/";
    private static final String COMPLAINTS = "/api/v1/complaints";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    DataRetention retention;
    @Inject
    TrackingTokenPurge trackingTokens;

    @Test
    void anOldTicketsLinkExpiresWhileARecentOneStillWorks() {
        clock.set("2062-02-10T03:00:00Z"); // 10:00 in Bangkok
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        JsonPath old = issue(site, "A");
        String oldToken = old.getString("trackingToken");
        callNext(site, 1);
        act(site, 1, old.getLong("id"), "start").statusCode(200);
        act(site, 1, old.getLong("id"), "complete").statusCode(200);
        String surveyToken = surveyToken(surveyUrl(oldToken));

        clock.set("2062-03-20T03:00:00Z");
        String recentToken = issue(site, "A").getString("trackingToken");

        clock.set("2062-03-25T03:00:00Z"); // the old ticket's day ended 43 days ago, the recent one's 5 days ago
        DataRetention.Purged purged = retention.purge();
        assertTrue(purged.trackingTokens() >= 1, "the old ticket's token at least");
        assertTrue(purged.surveyTokens() >= 1, "the old ticket's survey invitation at least");

        for (String path : List.of(oldToken, oldToken + "/qr.svg", oldToken + "/qr.png")) {
            problem(given().get(TICKETS + path).then(), 404, "TICKET_NOT_FOUND")
                    .body("detail", containsString("expired under the agency's data retention policy"))
                    .body("detail", containsString("30 days"))
                    .body("detailTh", containsString("หมดอายุตามนโยบายการเก็บรักษาข้อมูลส่วนบุคคลของหน่วยงาน"));
        }
        try (ScreenClient phone = ScreenClient.open(RestAssured.port, "/ws/v1/tickets/" + oldToken)) {
            assertEquals(4404, phone.awaitClose().code());
        }
        problem(given().get("/api/v1/surveys/{token}", surveyToken).then(), 404, "SURVEY_NOT_FOUND")
                .body("detail", containsString("data retention policy"))
                .body("detailTh", containsString("นโยบายการเก็บรักษาข้อมูล"));
        problem(given().get("/api/v1/survey-invitations/{token}/qr.svg", surveyToken).then(), 404,
                "SURVEY_NOT_FOUND");

        assertEquals("WAITING", publicStatus(recentToken).getString("status"));
        given().get(TICKETS + recentToken + "/qr.svg").then().statusCode(200).contentType("image/svg+xml");
        try (ScreenClient phone = ScreenClient.open(RestAssured.port, "/ws/v1/tickets/" + recentToken)) {
            assertEquals("snapshot", phone.next().getString("type"));
        }

        assertEquals("DONE", fixtures.statusOf(old.getLong("id")), "the ticket itself stays, for the statistics");
        assertEquals(Collections.singletonList(null), invitationTokens(old.getLong("id")),
                "the invitation stays (the answer given through it counts for its counter), its token cleared");
        assertEquals(1, audit("PURGE_TRACKING_TOKENS", "2062-03-25T03:00:00Z"));
    }

    @Test
    void aClosedComplaintLosesItsContactAYearOnOpenAndRecentOnesKeepTheirs() {
        clock.set("2063-01-10T03:00:00Z");
        String closedLongAgo = file("081-111-1111");
        String stillOpen = file("081-222-2222");
        clock.set("2063-01-12T03:00:00Z");
        close(closedLongAgo);

        clock.set("2064-03-01T03:00:00Z");
        String closedRecently = file("081-333-3333");
        close(closedRecently);

        clock.set("2064-03-10T03:00:00Z"); // 423 days after the first closing, 9 after the second
        assertTrue(retention.purge().complaintContacts() >= 1);

        officer().get(COMPLAINTS + "/{id}", closedLongAgo).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("contact", nullValue()).body("contactRemovedAt", equalTo("2064-03-10T03:00:00Z"))
                .body("text", containsString("ช่องบริการ"));
        officer().get(COMPLAINTS + "/{id}", stillOpen).then().statusCode(200).body("contact", equalTo("081-222-2222"))
                .body("contactRemovedAt", nullValue());
        officer().get(COMPLAINTS + "/{id}", closedRecently).then().statusCode(200)
                .body("contact", equalTo("081-333-3333")).body("contactRemovedAt", nullValue());
        assertEquals(1, audit("PURGE_COMPLAINT_CONTACTS", "2064-03-10T03:00:00Z"));

        clock.set("2065-03-10T03:00:00Z");
        retention.purge();
        officer().get(COMPLAINTS + "/{id}", stillOpen).then().statusCode(200).body("contact", equalTo("081-222-2222"));
        officer().get(COMPLAINTS + "/{id}", closedRecently).then().statusCode(200).body("contact", nullValue())
                .body("contactRemovedAt", equalTo("2065-03-10T03:00:00Z"));
        officer().get(COMPLAINTS + "/{id}", closedLongAgo).then().statusCode(200)
                .body("contactRemovedAt", equalTo("2064-03-10T03:00:00Z"));
    }

    @Test
    void anAppointmentsContactIsClearedAMonthAfterItsSlotAndItsHashStays() {
        clock.set("2070-06-01T01:00:00Z"); // 08:00 in Bangkok
        Site site = fixtures.site().service("A", 10).counter(1, "A").create();
        Api.admin().body(Map.of("nameTh", "งาน A", "nameEn", "Service A", "booking",
                Map.of("enabled", true, "slotMinutes", 60, "walkInPercent", 0, "bookAheadDays", 60)))
                .put("/api/v1/admin/service-points/{sp}/services/A", site.code()).then().statusCode(200);
        String mobile = "08" + (10_000_000 + new Random().nextInt(89_999_999));
        String mail = UUID.randomUUID() + "@example.go.th";
        String soon = book(site, "2070-06-02T02:00:00Z", mobile);
        String later = book(site, "2070-07-20T02:00:00Z", mail);

        clock.set("2070-07-03T03:00:00Z"); // 31 days after the first slot ended; the second is still to come
        assertTrue(retention.purge().appointmentContacts() >= 1);

        assertEquals(Arrays.asList(null, mail), contacts(soon, later));
        assertEquals(2, hashes(soon, later), "both keep their contact's hash, which the caps count by");
        Api.admin().queryParam("date", "2070-06-02").get("/api/v1/service-points/{sp}/appointments", site.code())
                .then().statusCode(200).body("contactGiven", contains(false));
        Api.admin().queryParam("date", "2070-07-20").get("/api/v1/service-points/{sp}/appointments", site.code())
                .then().statusCode(200).body("contactGiven", contains(true));
        assertEquals(1, audit("PURGE_APPOINTMENT_CONTACTS", "2070-07-03T03:00:00Z"));
    }

    @Test
    void runningThePurgeAgainClearsNothingMore() {
        clock.set("2067-05-02T03:00:00Z");
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String token = issue(site, "A").getString("trackingToken");
        String complaint = file("line: @somchai");
        close(complaint);

        clock.set("2068-06-01T03:00:00Z");
        DataRetention.Purged first = retention.purge();
        assertTrue(first.trackingTokens() >= 1 && first.complaintContacts() >= 1);
        long auditRows = audit("PURGE_%", "2068-06-01T03:00:00Z");

        assertEquals(new DataRetention.Purged(0, 0, 0, 0, 0), retention.purge());
        assertEquals(auditRows, audit("PURGE_%", "2068-06-01T03:00:00Z"), "no audit row for nothing cleared");
        problem(given().get(TICKETS + token).then(), 404, "TICKET_NOT_FOUND");
        officer().get(COMPLAINTS + "/{id}", complaint).then().statusCode(200).body("contact", nullValue())
                .body("contactRemovedAt", equalTo("2068-06-01T03:00:00Z"));
    }

    @Test
    void twoInstancesPurgingAtOnceClearEachTokenOnce() throws Exception {
        clock.set("1990-03-05T03:00:00Z"); // a year no other test uses: only these tickets are older than the cut
        Site site = fixtures.site().service("A").create();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tokens.add(issue(site, "A").getString("trackingToken"));
        }
        Instant before = Instant.parse("1990-03-06T00:00:00Z");

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> drain(before), instances),
                    CompletableFuture.supplyAsync(() -> drain(before), instances));
            assertEquals(40, runs.get(0).get() + runs.get(1).get(), "every token cleared exactly once");
        } finally {
            instances.shutdown();
        }
        for (String token : tokens) {
            problem(given().get(TICKETS + token).then(), 404, "TICKET_NOT_FOUND");
        }
        assertEquals(40, QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from ticket where service_point_id = ?1 and tracking_token is null")
                .setParameter(1, site.id()).getSingleResult()).longValue()));
    }

    /** One instance's run over small batches, so the two interleave. */
    private int drain(Instant before) {
        int total = 0;
        int cleared;
        do {
            cleared = Installation.run(() -> trackingTokens.purgeBatch(before, 3));
            total += cleared;
        } while (cleared == 3);
        return total;
    }

    private static RequestSpecification officer() {
        return as("officer", "officer");
    }

    /** Files a complaint with a contact, as a citizen; returns its staff reference. */
    private static String file(String contact) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "UNFAIR_SERVICE");
        body.put("text", "เจ้าหน้าที่ช่องบริการ 2 เรียกคนรู้จักก่อน");
        body.put("contact", contact);
        String code = given().contentType(ContentType.JSON).body(body).post(COMPLAINTS).then().statusCode(201)
                .extract().path("trackingCode");
        return QuarkusTransaction.requiringNew()
                .call(() -> Complaint.<Complaint> find("trackingCode", code).firstResult().reference);
    }

    private static void close(String complaint) {
        officer().body(Map.of("status", "CLOSED", "publicAnswer", "ตักเตือนเจ้าหน้าที่แล้ว ขอบคุณที่แจ้ง"))
                .post(COMPLAINTS + "/{id}/status", complaint).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    /** Books service A's slot starting then, with this contact; returns the appointment's code as stored. */
    private static String book(Site site, String start, String contact) {
        return given().contentType(ContentType.JSON).body(Map.of("servicePoint", site.code(), "service", "A", "start",
                start, "contact", contact, "device", "retention-" + UUID.randomUUID())).post("/api/v1/appointments")
                .then().statusCode(201).extract().<String> path("code").replace("-", "");
    }

    /** The contacts of these appointments as stored, in the order given (null once cleared). */
    private static List<Object> contacts(String... codes) {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.stream(codes).map(code -> Panache.getEntityManager()
                .createNativeQuery("select contact from appointment where code = ?1").setParameter(1, code)
                .getSingleResult()).toList());
    }

    private static long hashes(String... codes) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from appointment where code in (:codes) and contact_hash is not null")
                .setParameter("codes", List.of(codes)).getSingleResult()).longValue());
    }

    /** The tokens of a ticket's survey invitation as stored (null once cleared). */
    private static List<?> invitationTokens(long ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select token from survey_invitation where ticket_id = ?1")
                .setParameter(1, ticketId).getResultList());
    }

    /** System audit rows of this action (a LIKE pattern) written at this instant. */
    private static long audit(String action, String at) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action like ?1 and actor = 'system' and at = ?2", action, Instant.parse(at)));
    }
}
