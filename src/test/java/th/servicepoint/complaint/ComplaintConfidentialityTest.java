package th.servicepoint.complaint;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
import static th.servicepoint.complaint.ComplaintFixtures.auditRows;
import static th.servicepoint.complaint.ComplaintFixtures.citizen;
import static th.servicepoint.complaint.ComplaintFixtures.clerk;
import static th.servicepoint.complaint.ComplaintFixtures.executive;
import static th.servicepoint.complaint.ComplaintFixtures.file;
import static th.servicepoint.complaint.ComplaintFixtures.idOf;
import static th.servicepoint.complaint.ComplaintFixtures.officer;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.problem;

import java.util.Map;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

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
        long id = idOf(file("CORRUPTION").getString("trackingCode"));
        for (RequestSpecification staff : new RequestSpecification[] { admin(), executive() }) {
            staff.get(BASE).then().statusCode(200).body("id", not(hasItem((int) id)))
                    .body("category", everyItem(not(Matchers.equalTo("CORRUPTION"))));
            staff.get(BASE + "?category=CORRUPTION").then().statusCode(200).body("size()", Matchers.is(0));
        }
        problem(admin().get(BASE + "/{id}", id).then(), 404, "NOT_FOUND");
        problem(executive().get(BASE + "/{id}", id).then(), 404, "NOT_FOUND");
        String unknown = admin().get(BASE + "/{id}", 999_999_999).then().extract().path("detail");
        String hidden = admin().get(BASE + "/{id}", id).then().extract().path("detail");
        assertEquals(unknown.replace("999999999", ""), hidden.replace(String.valueOf(id), ""));
        problem(admin().body(Map.of("status", "CLOSED", "publicAnswer", "ปิด")).post(BASE + "/{id}/status", id)
                .then(), 404, "NOT_FOUND");
        officer().get(BASE + "/{id}", id).then().statusCode(200).body("status", Matchers.equalTo("RECEIVED"));
    }

    @Test
    void clerksDevicesAndThePublicCannotReadComplaints() {
        long id = idOf(file("UNFAIR_SERVICE").getString("trackingCode"));
        Site site = fixtures.site().service("A").create();
        for (RequestSpecification other : new RequestSpecification[] { clerk(), Api.kiosk(site),
                Api.display(site) }) {
            problem(other.get(BASE).then(), 403, "FORBIDDEN");
        }
        problem(clerk().get(BASE + "/{id}", id).then(), 403, "FORBIDDEN");
        problem(citizen().get(BASE).then(), 401, "UNAUTHENTICATED");
        problem(citizen().get(BASE + "/{id}", id).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void everyOfficerReadOfACorruptionComplaintIsAudited() {
        String officer = fixtures.user("officer-" + System.nanoTime(), "COMPLAINT_OFFICER", true);
        long id = idOf(file("CORRUPTION", "line: @whistle").getString("trackingCode"));

        Api.as(officer).get(BASE + "?category=CORRUPTION").then().statusCode(200).body("id", hasItem((int) id));
        assertEquals(1, auditRows("COMPLAINT_LIST", officer, String.valueOf(id)));

        Api.as(officer).get(BASE + "/{id}", id).then().statusCode(200)
                .body("contact", Matchers.equalTo("line: @whistle"));
        Api.as(officer).get(BASE + "/{id}", id).then().statusCode(200);
        assertEquals(2, auditRows("COMPLAINT_READ", officer, "complaint " + id + " (CORRUPTION)"));
    }

    @Test
    void readingOtherComplaintsLeavesNoConfidentialityRow() {
        String officer = fixtures.user("officer-" + System.nanoTime(), "COMPLAINT_OFFICER", true);
        long id = idOf(file("GENERAL").getString("trackingCode"));
        Api.as(officer).get(BASE + "?category=GENERAL").then().statusCode(200).body("id", hasItem((int) id));
        Api.as(officer).get(BASE + "/{id}", id).then().statusCode(200);
        assertEquals(0, auditRows("COMPLAINT_LIST", officer, ""));
        assertEquals(0, auditRows("COMPLAINT_READ", officer, ""));
    }
}
