package th.servicepoint.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Api.publicStatus;
import static th.servicepoint.support.Api.surveyToken;
import static th.servicepoint.support.Api.surveyUrl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * A dishonest clerk tries to rate their own service: through every answer staff get, through a ticket they issued
 * themselves, by taking over a colleague's counter mid-visit, and by answering from the office network or signed in.
 */
@QuarkusTest
class SelfRatingTest {

    /** What a staff member would like to send: top marks everywhere. */
    private static final Map<String, String> TOP_MARKS = topMarks();
    /** What the citizen sends: E3 at the bottom. */
    private static final Map<String, String> CITIZEN;
    static {
        Map<String, String> citizen = new HashMap<>(TOP_MARKS);
        citizen.put("E3", "LEAST");
        CITIZEN = Map.copyOf(citizen);
    }

    @Inject
    Fixtures fixtures;

    @Test
    void noStaffAnswerCarriesTheSurveyLinkOrTheTrackingToken() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        String trackingToken = issue(site, "A").getString("trackingToken");
        JsonPath called = callNext(site, 1);
        assertNull(called.get("trackingToken"), "the tracking page would show the survey link once served");
        long id = called.getLong("id");
        act(site, 1, id, "start").statusCode(200).body("trackingToken", nullValue());
        act(site, 1, id, "complete").statusCode(200).body("status", equalTo("DONE")).body("$", not(hasKey("surveyUrl")))
                .body("trackingToken", nullValue());
        String clerkSees = clerkOf(site, 1).get("/api/v1/counters/{id}/waiting", site.counter(1)).then().statusCode(200)
                .extract().asString()
                + admin().get("/api/v1/service-points/{sp}/queue", site.code()).then()
                        .statusCode(200).extract().asString();
        assertFalse(clerkSees.contains("/survey/?t=") || clerkSees.contains(trackingToken), clerkSees);

        // the citizen has it, on their own ticket page
        String link = surveyUrl(trackingToken);
        assertNotNull(link);
        String token = surveyToken(link);
        for (AuditEntry row : fixtures.auditOf(id)) {
            assertFalse(String.valueOf(row.detail).contains(token) || String.valueOf(row.reason).contains(token),
                    "the audit trail staff can read holds no survey link");
        }
    }

    @Test
    void aTicketAClerkIssuedShowsNoSurveyLinkOnItsTrackingPage() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        problem(clerkOf(site, 1).body(Map.of("service", "A", "channel", "KIOSK"))
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("channel"));

        JsonPath mine = clerkOf(site, 1).body(Map.of("service", "A")).post("/api/v1/service-points/{sp}/tickets",
                site.code()).then().statusCode(201).body("channel", equalTo("COUNTER")).extract().jsonPath();
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        JsonPath page = publicStatus(mine.getString("trackingToken"));
        assertEquals("DONE", page.getString("status"));
        assertNull(page.getString("surveyUrl"), "the clerk who issued the ticket holds its tracking link");
    }

    @Test
    void takingOverAColleaguesCounterMidVisitIsRefusedUntilTheTicketIsHandedBack() {
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        openCounter(site, 1);
        String trackingToken = issue(site, "A").getString("trackingToken");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);

        // clerk 2 tries to sign in over clerk 1's citizen, to complete the visit and rate it
        problem(clerkOf(site, 2).post("/api/v1/counters/{id}/sign-in", site.counter(1)).then(), 409,
                "COUNTER_OCCUPIED").body("detail", org.hamcrest.Matchers.containsString("hand it back"))
                .body("detailTh", org.hamcrest.Matchers.containsString("ส่งคืนคิว"));
        act(site, 2, id, "complete").statusCode(403);
        assertEquals("SERVING", fixtures.statusOf(id));
        // nor can clerk 2 hand back a counter they are not at
        clerkOf(site, 2).post("/api/v1/counters/{id}/hand-back", site.counter(1)).then().statusCode(403);

        // clerk 1 leaves, handing the citizen back to the front of the queue
        issue(site, "A");
        clerkOf(site, 1).post("/api/v1/counters/{id}/hand-back", site.counter(1)).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("clerk", nullValue()).body("serving", nullValue());
        assertEquals("WAITING", fixtures.statusOf(id));
        assertTrue(fixtures.auditOf(id).stream().anyMatch(row -> row.action.equals("HAND_BACK")));

        clerkOf(site, 2).post("/api/v1/counters/{id}/sign-in", site.counter(1)).then().statusCode(200);
        clerkOf(site, 2).post("/api/v1/counters/{id}/open", site.counter(1)).then().statusCode(200);
        assertEquals(id, clerkOf(site, 2).post("/api/v1/counters/{id}/call-next", site.counter(1)).then()
                .statusCode(200).extract().jsonPath().getLong("id"), "the handed-back ticket is called first");
        clerkOf(site, 2).post("/api/v1/tickets/{id}/start", id).then().statusCode(200);
        clerkOf(site, 2).post("/api/v1/tickets/{id}/complete", id).then().statusCode(200);
        assertEquals(site.clerk(2), fixtures.invitationClerkOf(id), "attributed to the clerk who served");
        assertNotNull(surveyUrl(trackingToken));
    }

    @Test
    void anAdministratorHandsBackTheTicketOfAClerkWhoWentAwayAndAnAdminCompletionIsTheAdmins() {
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        openCounter(site, 1);
        issue(site, "A");
        issue(site, "A");
        long first = callNext(site, 1).getLong("id");
        admin().post("/api/v1/counters/{id}/hand-back", site.counter(1)).then().statusCode(200)
                .body("clerk", nullValue());
        assertEquals("WAITING", fixtures.statusOf(first));
        List<AuditEntry> counterRows = fixtures.auditOfCounter(site.counter(1));
        AuditEntry signOut = counterRows.get(counterRows.size() - 1);
        assertEquals("SIGN_OUT", signOut.action);
        assertTrue(signOut.detail.contains("handed back by admin"), signOut.detail);

        openCounter(site, 2);
        long called = callNext(site, 2).getLong("id");
        assertEquals(first, called);
        act(site, 2, called, "start").statusCode(200);
        // an administrator (at no counter) completes clerk 2's ticket: the survey is the administrator's, not clerk 2's
        admin().post("/api/v1/tickets/{id}/complete", called).then().statusCode(200);
        assertEquals("admin", fixtures.invitationClerkOf(called));
    }

    @Test
    void answersFromTheStaffNetworkOrSignedInAreKeptButNeverInTheCitizensFigures() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        long fromOffice = serve(site);
        long signedIn = serve(site);
        long citizen = serve(site);
        long citizenBehindProxy = serve(site);

        // the clerk's phone on the office Wi-Fi (10.99.0.0/16 in tests), through the trusted reverse proxy
        answer(fromOffice, TOP_MARKS, Map.of("X-Forwarded-For", "10.99.4.20"));
        // the clerk's browser, still signed in
        answer(signedIn, TOP_MARKS, Map.of("Authorization", basic(site.clerk(1))));
        // two citizens, one of them through the same proxy from a public address
        answer(citizen, CITIZEN, Map.of());
        answer(citizenBehindProxy, CITIZEN, Map.of("X-Forwarded-For", "203.0.113.7"));

        assertTrue(fixtures.responsesOf(fromOffice).get(0).fromStaff());
        assertTrue(fixtures.responsesOf(signedIn).get(0).fromStaff());
        assertFalse(fixtures.responsesOf(citizen).get(0).fromStaff());
        assertFalse(fixtures.responsesOf(citizenBehindProxy).get(0).fromStaff());

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
        int fiscalYear = (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear()) + 543;
        int half = today.getMonthValue() >= 4 && today.getMonthValue() <= 9 ? 2 : 1;
        // a day counts the answers themselves; a half counts the month tallies: both keep staff apart
        for (String period : List.of("from=" + today + "&to=" + today, "fiscalYear=" + fiscalYear + "&half=" + half)) {
            JsonPath report = admin().get("/api/v1/reports?" + period + "&servicePoint=" + site.code()).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(2, report.getLong("survey.responses.total"), period);
            assertEquals(2, report.getLong("survey.responses.staff"), period);
            assertEquals(0.0, itemScore(report, "E3"), 1e-9, "only the citizens' E3 (LEAST) counts: " + period);
            assertEquals(2, report.getLong("survey.questions.find { it.code == 'E3' }.n"), period);
            assertEquals(List.of(2), report.getList("breakdowns.counters.n"), period);
            assertEquals(List.of(2), report.getList("breakdowns.clerks.n"), period);
            Map<String, Object> staffRow = report
                    .getMap("breakdowns.modes.find { it.key == 'STAFF' }");
            assertEquals(2, ((Number) staffRow.get("n")).intValue(), period);
            assertEquals(List.of(2), report.getList("breakdowns.modes.findAll { it.key == 'INVITED' }.n"), period);
        }
    }

    private long serve(Site site) {
        issue(site, "A");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        return id;
    }

    /** Answers the ticket's survey with the link its citizen has, sending these headers. */
    private void answer(long ticketId, Map<String, String> answers, Map<String, String> headers) {
        String token = fixtures.invitationTokenOf(ticketId);
        given().headers(headers).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/v1/surveys/{token}/responses", token).then().statusCode(201);
    }

    private static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static double itemScore(JsonPath report, String code) {
        return report.getDouble("survey.questions.find { it.code == '" + code + "' }.score");
    }

    private static Map<String, String> topMarks() {
        Map<String, String> answers = new HashMap<>(Visits.ALL_ANSWERED);
        answers.replaceAll((code, value) -> code.equals("OVERALL") ? "5" : "MOST");
        return Map.copyOf(answers);
    }
}
