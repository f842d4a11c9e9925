package th.servicepoint.complaint;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
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

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ComplaintHandlingTest {

    @Test
    void movesForwardWithAPublicAnswerTheComplainantSees() {
        String code = file("CORRUPTION").getString("trackingCode");
        String id = referenceOf(code);
        String filedAt = track(code, "RECEIVED").extract().path("createdAt");

        move(officer(), id, "IN_PROGRESS", "กำลังตรวจสอบข้อเท็จจริง").statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        track(code, "IN_PROGRESS").body("publicAnswer", equalTo("กำลังตรวจสอบข้อเท็จจริง"))
                .body("updatedAt", not(equalTo(filedAt)));

        move(officer(), id, "CLOSED", "ตรวจสอบแล้ว ได้ดำเนินการทางวินัยกับผู้เกี่ยวข้อง").statusCode(200);
        track(code, "CLOSED").body("publicAnswer", equalTo("ตรวจสอบแล้ว ได้ดำเนินการทางวินัยกับผู้เกี่ยวข้อง"));

        problem(move(officer(), id, "IN_PROGRESS", "เปิดใหม่"), 409, "COMPLAINT_STATUS");
        track(code, "CLOSED").body("publicAnswer", equalTo("ตรวจสอบแล้ว ได้ดำเนินการทางวินัยกับผู้เกี่ยวข้อง"));
        assertEquals(2, auditRows("COMPLAINT_STATUS", "officer", "complaint " + id + " (CORRUPTION)"));
    }

    @Test
    void closesStraightFromReceivedOnlyWithAnAnswer() {
        String code = file("GENERAL").getString("trackingCode");
        String id = referenceOf(code);
        problem(officer().body(Map.of("status", "CLOSED")).post(BASE + "/{id}/status", id).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("publicAnswer"));
        track(code, "RECEIVED");

        move(officer(), id, "CLOSED", "แก้ไขขั้นตอนแล้ว ขอบคุณที่แจ้ง").statusCode(200).body("status", equalTo("CLOSED"));
        track(code, "CLOSED");
    }

    @Test
    void refusesStandingStillOrGoingBack() {
        String id = referenceOf(file("GENERAL").getString("trackingCode"));
        problem(move(officer(), id, "RECEIVED", null), 409, "COMPLAINT_STATUS");
        move(officer(), id, "IN_PROGRESS", null).statusCode(200);
        problem(move(officer(), id, "RECEIVED", null), 409, "COMPLAINT_STATUS");
        problem(move(officer(), id, "IN_PROGRESS", null), 409, "COMPLAINT_STATUS");
        problem(officer().filter(UNCHECKED_REQUEST).body(Map.of("status", "REOPENED")).post(BASE + "/{id}/status", id).then(),
                422, "INVALID");
        officer().get(BASE + "/{id}", id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        assertEquals(1, auditRows("COMPLAINT_STATUS", "officer", "complaint " + id + " ("));
    }

    @Test
    void adminReadsAndHandlesUnfairServiceComplaints() {
        String code = file("UNFAIR_SERVICE", "somchai@example.com").getString("trackingCode");
        String id = referenceOf(code);
        admin().get(BASE + "/{id}", id).then().statusCode(200)
                .body("category", equalTo("UNFAIR_SERVICE"))
                .body("contact", equalTo("somchai@example.com"));
        admin().get(BASE + "?category=UNFAIR_SERVICE&status=RECEIVED").then().statusCode(200)
                .body("reference", hasItem(id));
        move(admin(), id, "IN_PROGRESS", "ส่งเรื่องให้หัวหน้าส่วนราชการแล้ว").statusCode(200);
        track(code, "IN_PROGRESS");
        assertEquals(1, auditRows("COMPLAINT_STATUS", "admin", "complaint " + id + " (UNFAIR_SERVICE)"));
        admin().get(BASE + "?status=RECEIVED").then().statusCode(200)
                .body("reference", not(hasItem(id)));
    }

    @Test
    void namesABadFilter() {
        problem(officer().filter(UNCHECKED_REQUEST).get(BASE + "?status=OPEN").then(), 422, "INVALID").body("errors[0].field",
                equalTo("status"));
        problem(officer().filter(UNCHECKED_REQUEST).get(BASE + "?category=BRIBERY").then(), 422, "INVALID")
                .body("errors[0].field", equalTo("category"));
        problem(officer().filter(UNCHECKED_REQUEST).get(BASE + "?page=-1").then(), 422, "INVALID").body("errors[0].field",
                equalTo("page"));
    }

    @Test
    void onlyOfficersAndAdminsMoveComplaints() {
        String code = file("GENERAL").getString("trackingCode");
        String id = referenceOf(code);
        problem(move(executive(), id, "IN_PROGRESS", null), 403, "FORBIDDEN");
        problem(move(clerk(), id, "IN_PROGRESS", null), 403, "FORBIDDEN");
        problem(move(citizen().filter(UNCHECKED_REQUEST), id, "IN_PROGRESS", null), 401, "UNAUTHENTICATED");
        problem(move(officer(), "ABCDE-23456", "IN_PROGRESS", null), 404, "NOT_FOUND");
        problem(move(officer(), "1", "IN_PROGRESS", null), 404, "NOT_FOUND");
        track(code, "RECEIVED");
    }

    private static ValidatableResponse move(RequestSpecification as, String id, String status,
            String publicAnswer) {
        Map<String, String> body = publicAnswer == null ? Map.of("status", status)
                : Map.of("status", status, "publicAnswer", publicAnswer);
        return as.body(body).post(BASE + "/{id}/status", id).then();
    }

    private static ValidatableResponse track(String code, String status) {
        return citizen().get(BASE + "/track/{code}", code).then().statusCode(200).body("status", equalTo(status));
    }
}
