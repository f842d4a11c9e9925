package th.servicepoint.isolation;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.report.PdfText;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.TestClock;

/**
 * The home agency's staff name the other agency's records by id, code or name: every answer is 404 (not 403, which
 * would say the record exists), the record is unchanged, and no list, count or report of theirs shows any of it.
 */
@QuarkusTest
class CrossAgencyStaffTest {

    private static TwoAgencies two;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void agencies() {
        if (two == null) {
            two = new TwoAgencies(fixtures);
        }
    }

    @Test
    void anAdminFindsNoServicePointServiceCounterOrPosterOfAnotherAgency() {
        String sp = two.theirs.code();
        assertThat(Api.admin().get("/api/v1/admin/service-points"), "code", sp);
        notFound(Api.admin().get("/api/v1/admin/service-points/{code}", sp));
        notFound(Api.admin().body(Map.of("nameTh", "ยึด", "nameEn", "Taken"))
                .put("/api/v1/admin/service-points/{code}", sp));
        notFound(Api.admin().get("/api/v1/admin/service-points/{sp}/services", sp));
        notFound(Api.admin().get("/api/v1/admin/service-points/{sp}/services/A", sp));
        notFound(Api.admin().body(Map.of("nameTh", "ยึด", "nameEn", "Taken"))
                .put("/api/v1/admin/service-points/{sp}/services/A", sp));
        notFound(Api.admin().body(Map.of("prefix", "Z", "nameTh", "แทรก", "nameEn", "Planted"))
                .post("/api/v1/admin/service-points/{sp}/services", sp));
        notFound(Api.admin().get("/api/v1/admin/service-points/{sp}/counters", sp));
        notFound(Api.admin().get("/api/v1/admin/service-points/{sp}/counters/{id}", sp, two.theirs.counter(1)));
        // their counter's id under a service point of our own
        notFound(Api.admin().get("/api/v1/admin/service-points/{sp}/counters/{id}", two.ours.code(),
                two.theirs.counter(1)));
        notFound(Api.admin().body(Map.of("number", 9, "name", "ยึด"))
                .put("/api/v1/admin/service-points/{sp}/counters/{id}", sp, two.theirs.counter(1)));
        notFound(Api.admin().body(Map.of("number", 9, "name", "แทรก"))
                .post("/api/v1/admin/service-points/{sp}/counters", sp));
        notFound(Api.admin().get("/api/v1/admin/counters/{id}/poster", two.theirs.counter(1)));
        notFound(Api.admin().post("/api/v1/admin/counters/{id}/poster", two.theirs.counter(1)));
        // unchanged for its own admin
        Api.as(two.theirAdmin).get("/api/v1/admin/service-points/{sp}/services", sp).then().statusCode(200)
                .body("prefix", equalTo(List.of("A", "B")));
        Api.as(two.theirAdmin).get("/api/v1/admin/service-points/{sp}/counters", sp).then().statusCode(200)
                .body("number", equalTo(List.of(1)));
    }

    @Test
    void anAdminFindsNoDivisionDeviceKeyUserOrQuestionnaireOfAnotherAgency() {
        assertThat(Api.admin().get("/api/v1/admin/divisions"), "code", two.marker);
        notFound(Api.admin().get("/api/v1/admin/divisions/{id}", two.theirDivision));
        notFound(Api.admin().body(Map.of("code", two.marker, "nameTh", "ยึด", "nameEn", "Taken"))
                .put("/api/v1/admin/divisions/{id}", two.theirDivision));
        // a division code is an agency's own: the same code is free in the home agency
        Api.admin().body(Map.of("code", two.marker, "nameTh", "กองของเรา", "nameEn", "Ours"))
                .post("/api/v1/admin/divisions").then().statusCode(201);

        assertThat(Api.admin().get("/api/v1/admin/device-keys"), "id", (int) two.theirDeviceKey);
        assertThat(Api.admin().get("/api/v1/admin/device-keys"), "servicePoint", two.theirs.code());
        notFound(Api.admin().post("/api/v1/admin/device-keys/{id}/revoke", two.theirDeviceKey));
        // named in a body, another agency's service point or counter is an unknown value of that field
        unknownField(Api.admin().body(Map.of("name", "แทรก", "kind", "KIOSK", "servicePoint", two.theirs.code()))
                .post("/api/v1/admin/device-keys"), "servicePoint");
        unknownField(Api.admin().body(Map.of("name", "แทรก", "kind", "COUNTER", "counter", two.theirs.counter(1)))
                .post("/api/v1/admin/device-keys"), "counter");
        // the other agency's kiosk still issues
        Api.issue(two.theirs, "A");

        assertThat(Api.admin().get("/api/v1/admin/users"), "username", two.theirAdmin);
        assertThat(Api.admin().get("/api/v1/admin/users"), "username", two.theirs.clerk(1));
        notFound(Api.admin().get("/api/v1/admin/users/{username}", two.theirs.clerk(1)));
        notFound(Api.admin().body(Map.of("displayName", "ยึด", "roles", List.of("CLERK"), "active", false))
                .put("/api/v1/admin/users/{username}", two.theirs.clerk(1)));
        Api.clerkOf(two.theirs, 1).get("/api/v1/counters/{id}/waiting", two.theirs.counter(1)).then()
                .statusCode(200);

        // each agency's own questionnaire: theirs is the one version its admin published
        Api.as(two.theirAdmin).get("/api/v1/admin/questionnaires").then().statusCode(200).body("version",
                equalTo(List.of(1)));
        assertTrue(Api.admin().get("/api/v1/admin/questionnaires").then().statusCode(200).extract().jsonPath()
                .getList("version").size() >= 1);

        // the audit trail is one hash chain for the installation (docs/security.md): either agency's admin verifies
        // the whole of it and learns whether it is intact and how long, never what another agency's rows say
        String verify = "/api/v1/admin/audit/verify";
        String ours = Api.admin().get(verify).then().statusCode(200).body("intact", equalTo(true)).extract().asString();
        assertFalse(ours.contains(two.marker) || ours.contains(two.theirs.code()), ours);
        Api.as(two.theirAdmin).get(verify).then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aClerkActsOnNoCounterOrTicketOfAnotherAgency() {
        RequestSpecification ours = Api.clerkOf(two.ours, 1);
        long counter = two.theirs.counter(1);
        long ticket = two.theirWaitingTicket;
        for (String action : List.of("sign-in", "open", "pause", "close", "call-next", "hand-back", "sign-out")) {
            notFound(Api.clerkOf(two.ours, 1).post("/api/v1/counters/{id}/" + action, counter));
        }
        notFound(ours.get("/api/v1/counters/{id}/waiting", counter));
        notFound(Api.clerkOf(two.ours, 1).body(Map.of("reason", "ข้ามคิว"))
                .post("/api/v1/counters/{id}/tickets/{ticket}/call", two.ours.counter(1), ticket));
        for (String action : List.of("recall", "start", "complete", "no-show", "reactivate", "cancel")) {
            notFound(Api.clerkOf(two.ours, 1).post("/api/v1/tickets/{id}/" + action, ticket));
        }
        notFound(Api.clerkOf(two.ours, 1).body(Map.of("service", "A")).post("/api/v1/tickets/{id}/transfer", ticket));
        // the home agency's admin may act as a clerk, but not there either
        notFound(Api.admin().post("/api/v1/counters/{id}/call-next", counter));
        notFound(Api.admin().post("/api/v1/tickets/{id}/cancel", ticket));
        // and the other agency's clerk not here
        notFound(Api.clerkOf(two.theirs, 1).post("/api/v1/counters/{id}/call-next", two.ours.counter(1)));
        // their ticket still waits at their counter
        Api.clerkOf(two.theirs, 1).get("/api/v1/counters/{id}/waiting", counter).then().statusCode(200)
                .body("waiting.id", hasItem((int) ticket));
    }

    @Test
    void aKioskIssuesAndStaffReadQueuesOnlyInTheirAgency() {
        notFound(Api.kiosk(two.ours).body(Map.of("service", "A", "priority", "NORMAL"))
                .post("/api/v1/service-points/{sp}/tickets", two.theirs.code()));
        notFound(Api.kiosk(two.theirs).body(Map.of("service", "A", "priority", "NORMAL"))
                .post("/api/v1/service-points/{sp}/tickets", two.ours.code()));
        notFound(Api.clerkOf(two.ours, 1).body(Map.of("service", "A", "priority", "NORMAL"))
                .post("/api/v1/service-points/{sp}/tickets", two.theirs.code()));
        // the executive dashboard's queue and a display's
        notFound(Api.executive().get("/api/v1/service-points/{sp}/queue", two.theirs.code()));
        notFound(Api.display(two.ours).get("/api/v1/service-points/{sp}/queue", two.theirs.code()));
        Api.as(two.theirExecutive).get("/api/v1/service-points/{sp}/queue", two.theirs.code()).then()
                .statusCode(200);
        // a missing role is 403 before any record is looked for, in whichever agency
        problem(Api.kiosk(two.theirs).get("/api/v1/service-points/{sp}/queue", two.ours.code()).then(), 403,
                "FORBIDDEN");
        problem(Api.clerkOf(two.theirs, 1).get("/api/v1/admin/service-points/{code}", two.ours.code()).then(), 403,
                "FORBIDDEN");
        problem(Api.clerkOf(two.theirs, 1).get("/api/v1/admin/service-points/{code}", two.theirs.code()).then(),
                403, "FORBIDDEN");
    }

    @Test
    void complaintsOfAnotherAgencyAreNeitherListedNorCountedNorHandled() {
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Bangkok")).toString();
        String counts = "/api/v1/complaints/counts?from=" + today + "&to=" + today;
        String before = Api.as("officer", "officer").get(counts).then().statusCode(200).extract().asString();
        assertThat(Api.as("officer", "officer").get("/api/v1/complaints"), "reference",
                two.theirComplaintReference);
        assertThat(Api.executive().get("/api/v1/complaints"), "reference", two.theirComplaintReference);
        notFound(Api.as("officer", "officer").get("/api/v1/complaints/{reference}", two.theirComplaintReference));
        notFound(Api.as("officer", "officer").body(Map.of("status", "IN_PROGRESS", "publicAnswer", "ยึด"))
                .post("/api/v1/complaints/{reference}/status", two.theirComplaintReference));
        // another complaint in their agency, a corruption one too, changes nothing the home agency counts
        for (String category : List.of("GENERAL", "CORRUPTION")) {
            io.restassured.RestAssured.given().contentType("application/json").queryParam("agency", two.agencyCode)
                    .body(Map.of("category", category, "text", "อีกเรื่อง " + two.marker))
                    .post("/api/v1/complaints").then().statusCode(201);
        }
        assertEquals(before, Api.as("officer", "officer").get(counts).then().statusCode(200).extract().asString());
        Api.as(two.theirOfficer).get("/api/v1/complaints/{reference}", two.theirComplaintReference).then()
                .statusCode(200);
    }

    @Test
    void measuresAndStoredReportsOfAnotherAgencyAreNotFound() {
        assertThat(Api.executive().get("/api/v1/measures"), "id", (int) two.theirMeasure);
        notFound(Api.executive().get("/api/v1/measures/{id}", two.theirMeasure));
        notFound(Api.executive().body(Map.of("titleTh", "ยึด", "steps", List.of("ยึด"), "followUp", "ยึด"))
                .put("/api/v1/measures/{id}", two.theirMeasure));
        notFound(Api.executive().body(Map.of("status", "DONE", "noteTh", "ยึด"))
                .post("/api/v1/measures/{id}/progress", two.theirMeasure));
        Api.as(two.theirExecutive).get("/api/v1/measures/{id}", two.theirMeasure).then().statusCode(200);

        String snapshots = "/api/v1/reports/snapshots";
        Api.as(two.theirExecutive).body(Map.of("fiscalYear", 2570, "half", 1)).post(snapshots).then().statusCode(201);
        List<Integer> theirs = Api.as(two.theirExecutive).get(snapshots).then().statusCode(200).extract().jsonPath()
                .getList("id");
        assertFalse(theirs.isEmpty());
        List<Integer> ours = Api.executive().get(snapshots).then().statusCode(200).extract().jsonPath().getList("id");
        assertTrue(ours.stream().noneMatch(theirs::contains), "the home agency lists their stored report");
        notFound(Api.executive().get(snapshots + "/{id}", theirs.get(0)));
        unknownField(Api.executive().body(Map.of("fiscalYear", 2570, "half", 1, "servicePoint", two.theirs.code()))
                .post(snapshots), "servicePoint");
        unknownField(Api.executive().body(TwoAgencies.measure("ที่อื่น", two.theirs.code())).post("/api/v1/measures"),
                "servicePoint");
    }

    @Test
    void reportsInEveryFormatHoldNothingOfAnotherAgency() {
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Bangkok")).toString();
        for (String format : List.of("JSON", "HTML", "CSV", "XLSX", "PDF")) {
            String ours = text(Api.executive().queryParam("from", today).queryParam("to", today)
                    .queryParam("format", format).get("/api/v1/reports").then().statusCode(200).extract().asByteArray(),
                    format);
            assertFalse(ours.contains(two.marker), format + " report of the home agency names the other's services");
            assertFalse(ours.contains(two.theirs.code()), format + " report of the home agency names their site");
        }
        // the same report of theirs does name them, and nothing of ours
        String theirs = Api.as(two.theirExecutive).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/reports").then().statusCode(200).extract().asString();
        assertTrue(theirs.contains(two.marker), theirs);
        assertFalse(theirs.contains(two.ours.code()), theirs);
        unknownField(Api.executive().queryParam("from", today).queryParam("to", today)
                .queryParam("servicePoint", two.theirs.code()).get("/api/v1/reports"), "servicePoint");
    }

    /** The answer is 404 as problem+json, as for an id nobody has. */
    private static void notFound(io.restassured.response.Response response) {
        response.then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .body("detailTh", not(emptyOrNullString()));
    }

    /** The answer is 422 naming the field, as for a value that names nothing. */
    private static void unknownField(io.restassured.response.Response response, String field) {
        problem(response.then(), 422, "INVALID").body("errors.field", hasItem(field));
    }

    /** The list answers 200 and holds nothing with that value at that path. */
    private static void assertThat(io.restassured.response.Response response, String path, Object theirs) {
        ValidatableResponse ok = response.then().statusCode(200);
        ok.body(path, not(hasItem(theirs)));
    }

    private static String text(byte[] body, String format) {
        return switch (format) {
            case "PDF" -> PdfText.of(body);
            case "XLSX" -> unzipped(body);
            default -> new String(body, StandardCharsets.UTF_8);
        };
    }

    /** Every part of an XLSX file as text: the strings its cells show are in xl/sharedStrings.xml. */
    private static String unzipped(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try {
            Path file = Files.createTempFile("servicepoint-test-", ".xlsx");
            try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
