package th.servicepoint.complaint;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
import static th.servicepoint.complaint.ComplaintFixtures.REFERENCE_FORMAT;
import static th.servicepoint.complaint.ComplaintFixtures.auditRows;
import static th.servicepoint.complaint.ComplaintFixtures.citizen;
import static th.servicepoint.complaint.ComplaintFixtures.clerk;
import static th.servicepoint.complaint.ComplaintFixtures.file;
import static th.servicepoint.complaint.ComplaintFixtures.officer;
import static th.servicepoint.complaint.ComplaintFixtures.referenceOf;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** Corruption complaints: only complaint officers see them, and each of their reads is on record. */
@QuarkusTest
class ComplaintConfidentialityTest {

    @Inject
    Fixtures fixtures;

    @Test
    void adminsAndExecutivesNeverLearnACorruptionComplaintExists() {
        String reference = referenceOf(file("CORRUPTION").getString("trackingCode"));
        for (RequestSpecification staff : new RequestSpecification[] { admin(), executive() }) {
            staff.get(BASE).then().statusCode(200).body("reference", not(hasItem(reference)))
                    .body("category", everyItem(not(Matchers.equalTo("CORRUPTION"))));
            staff.get(BASE + "?category=CORRUPTION").then().statusCode(200).body("size()", Matchers.is(0));
        }
        problem(admin().get(BASE + "/{reference}", reference).then(), 404, "NOT_FOUND");
        problem(executive().get(BASE + "/{reference}", reference).then(), 404, "NOT_FOUND");
        String unknown = admin().get(BASE + "/{reference}", "ABCDE-23456").then().extract().path("detail");
        String hidden = admin().get(BASE + "/{reference}", reference).then().extract().path("detail");
        assertEquals(unknown.replace("ABCDE-23456", ""), hidden.replace(reference, ""));
        problem(admin().body(Map.of("status", "CLOSED", "publicAnswer", "ปิด"))
                .post(BASE + "/{reference}/status", reference).then(), 404, "NOT_FOUND");
        officer().get(BASE + "/{reference}", reference).then().statusCode(200)
                .body("status", Matchers.equalTo("RECEIVED"));
    }

    /**
     * Staff name complaints by random references, never by the sequential database id: with ids, the gaps in an
     * executive's list were exactly the corruption complaints filed in between.
     */
    @Test
    void noGapInWhatExecutivesSeeRevealsACorruptionComplaint() {
        String first = referenceOf(file("GENERAL").getString("trackingCode"));
        file("CORRUPTION");
        String second = referenceOf(file("GENERAL").getString("trackingCode"));

        List<Map<String, Object>> listed = executive().get(BASE + "?category=GENERAL").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(List.of(second, first), listed.stream().limit(2).map(line -> line.get("reference")).toList());
        for (Map<String, Object> line : listed) {
            assertFalse(line.containsKey("id"), "no internal id in " + line);
            assertTrue(line.get("reference").toString().matches(REFERENCE_FORMAT), line.toString());
        }
        executive().get(BASE + "/{reference}", second).then().statusCode(200).body("$", not(hasKey("id")))
                .body("reference", Matchers.equalTo(second));
        String internalId = String.valueOf(QuarkusTransaction.requiringNew()
                .call(() -> Complaint.<Complaint> find("reference", second).firstResult().id));
        problem(executive().get(BASE + "/{reference}", internalId).then(), 404, "NOT_FOUND");
    }

    @Test
    void clerksDevicesAndThePublicCannotReadComplaints() {
        String id = referenceOf(file("UNFAIR_SERVICE").getString("trackingCode"));
        Site site = fixtures.site().service("A").create();
        for (RequestSpecification other : new RequestSpecification[] { clerk(), Api.kiosk(site),
                Api.display(site) }) {
            problem(other.filter(UNCHECKED_REQUEST).get(BASE).then(), 403, "FORBIDDEN");
        }
        problem(clerk().get(BASE + "/{id}", id).then(), 403, "FORBIDDEN");
        problem(citizen().filter(UNCHECKED_REQUEST).get(BASE).then(), 401, "UNAUTHENTICATED");
        problem(citizen().filter(UNCHECKED_REQUEST).get(BASE + "/{id}", id).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void everyOfficerReadOfACorruptionComplaintIsAudited() {
        String officer = fixtures.user("officer-" + System.nanoTime(), "COMPLAINT_OFFICER", true);
        String id = referenceOf(file("CORRUPTION", "line: @whistle").getString("trackingCode"));

        Api.as(officer).get(BASE + "?category=CORRUPTION").then().statusCode(200).body("reference", hasItem(id));
        assertEquals(1, auditRows("COMPLAINT_LIST", officer, id));

        Api.as(officer).get(BASE + "/{id}", id).then().statusCode(200)
                .body("contact", Matchers.equalTo("line: @whistle"));
        Api.as(officer).get(BASE + "/{id}", id).then().statusCode(200);
        assertEquals(2, auditRows("COMPLAINT_READ", officer, "complaint " + id + " (CORRUPTION)"));
    }

    @Test
    void readingOtherComplaintsLeavesNoConfidentialityRow() {
        String officer = fixtures.user("officer-" + System.nanoTime(), "COMPLAINT_OFFICER", true);
        String id = referenceOf(file("GENERAL").getString("trackingCode"));
        Api.as(officer).get(BASE + "?category=GENERAL").then().statusCode(200).body("reference", hasItem(id));
        Api.as(officer).get(BASE + "/{id}", id).then().statusCode(200);
        assertEquals(0, auditRows("COMPLAINT_LIST", officer, ""));
        assertEquals(0, auditRows("COMPLAINT_READ", officer, ""));
    }
}
