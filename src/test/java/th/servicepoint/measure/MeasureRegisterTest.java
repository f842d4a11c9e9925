package th.servicepoint.measure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.servicepoint.measure.MeasureFixtures.BASE;
import static th.servicepoint.measure.MeasureFixtures.FOLLOW_UP;
import static th.servicepoint.measure.MeasureFixtures.auditRows;
import static th.servicepoint.measure.MeasureFixtures.post;
import static th.servicepoint.measure.MeasureFixtures.progress;
import static th.servicepoint.measure.MeasureFixtures.record;
import static th.servicepoint.measure.MeasureFixtures.seedMeasure;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

@QuarkusTest
class MeasureRegisterTest {

    @Inject
    Fixtures fixtures;

    @Test
    void recordsAMeasureLikeTheSeedsSectionSix() {
        Site site = fixtures.site().create();
        Map<String, Object> body = seedMeasure(site.code(), 1);
        body.put("division", "FIN");
        body.put("titleEn", "Publish the steps and times of every service");
        body.put("dueDate", "2026-09-30");

        long id = post(executive(), body).statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("period.fiscalYear", equalTo(2569))
                .body("period.half", equalTo(1))
                .body("period.labelTh", equalTo("รอบ 6 เดือนแรก ปีงบประมาณ 2569 (1 ต.ค. 2568 – 31 มี.ค. 2569)"))
                .body("servicePoint", equalTo(site.code()))
                .body("items", contains("E1.1", "E1.2"))
                .body("steps[1]", containsString("เผยแพร่ขั้นตอน"))
                .body("responsible.division.code", equalTo("FIN"))
                .body("responsible.division.nameTh", equalTo("กองคลัง"))
                .body("responsible.text", equalTo("ทุกส่วนราชการที่มีงานให้บริการ"))
                .body("followUp", equalTo(FOLLOW_UP))
                .body("dueDate", equalTo("2026-09-30"))
                .body("status", equalTo("PLANNED"))
                .body("createdBy", equalTo("exec"))
                .body("progress", empty())
                .extract().jsonPath().getLong("id");

        executive().get(BASE + "/{id}", id).then().statusCode(200)
                .body("titleTh", equalTo("จัดทำขั้นตอนและระยะเวลาการปฏิบัติงาน/การให้บริการ"))
                .body("titleEn", equalTo("Publish the steps and times of every service"))
                .body("steps.size()", equalTo(2));
        assertEquals(1, auditRows("MEASURE_CREATE", id));
    }

    @Test
    void aMeasureOfTheWholeAgencyForTheTwelveMonthReport() {
        Map<String, Object> body = seedMeasure(null, null);
        body.put("items", List.of("E6", "E9", "E6"));
        post(executive(), body).statusCode(201)
                .body("servicePoint", nullValue())
                .body("period.half", nullValue())
                .body("period.labelTh", equalTo("รอบ 12 เดือน ปีงบประมาณ 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)"))
                .body("period.labelEn", equalTo("FY 2569 (1 Oct 2025 – 30 Sep 2026)"))
                .body("items", contains("E6", "E9"))
                .body("responsible.division", nullValue());
    }

    @Test
    void listsByPeriodServicePointItemAndStatus() {
        String sp = fixtures.site().create().code();
        long firstHalf = record(seedMeasure(sp, 1));
        Map<String, Object> secondHalf = seedMeasure(sp, 2);
        secondHalf.put("items", List.of("E2"));
        long second = record(secondHalf);
        long otherYear = record(withYear(seedMeasure(sp, 1), 2570));
        progress(second, "IN_PROGRESS", "ประชุมชี้แจงเจ้าหน้าที่ทุกช่องบริการแล้ว").statusCode(200);

        listed("servicePoint=" + sp).body("id", contains((int) otherYear, (int) second, (int) firstHalf));
        listed("servicePoint=" + sp + "&fiscalYear=2569").body("id", contains((int) second, (int) firstHalf));
        listed("servicePoint=" + sp + "&fiscalYear=2569&half=1").body("id", contains((int) firstHalf));
        listed("servicePoint=" + sp + "&item=E2").body("id", contains((int) second));
        listed("servicePoint=" + sp + "&status=IN_PROGRESS").body("id", contains((int) second));
        listed("fiscalYear=2570&half=1").body("id", hasItem((int) otherYear)).body("id", not(hasItem((int) second)));
    }

    @Test
    void editsTheTextOfAnOpenMeasure() {
        long id = record(seedMeasure(fixtures.site().create().code(), 1));
        Map<String, Object> plan = Map.of("titleTh", "หลักเกณฑ์การบริหารและพัฒนาศักยภาพบุคคล",
                "steps", List.of("จัดทำหลักเกณฑ์การบริหารและพัฒนาศักยภาพบุคคลให้ครอบคลุมในทุกๆด้าน"),
                "division", "HR", "followUp", FOLLOW_UP, "dueDate", "2026-06-30");
        executive().body(plan).put(BASE + "/{id}", id).then().statusCode(200)
                .body("titleTh", equalTo("หลักเกณฑ์การบริหารและพัฒนาศักยภาพบุคคล"))
                .body("steps", contains("จัดทำหลักเกณฑ์การบริหารและพัฒนาศักยภาพบุคคลให้ครอบคลุมในทุกๆด้าน"))
                .body("responsible.division.nameTh", equalTo("กองการเจ้าหน้าที่"))
                .body("responsible.text", nullValue())
                .body("items", contains("E1.1", "E1.2"))
                .body("period.half", equalTo(1));
        executive().get(BASE + "/{id}", id).then().body("steps.size()", equalTo(1)).body("dueDate",
                equalTo("2026-06-30"));
        assertEquals(1, auditRows("MEASURE_UPDATE", id));
    }

    @Test
    void progressMovesTheStatusUntilDoneWhichIsFinal() {
        long id = record(seedMeasure(fixtures.site().create().code(), 1));
        progress(id, "IN_PROGRESS", "ส่วนราชการตรวจสอบขั้นตอนงานบริการแล้ว 3 จาก 4 งาน").statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("progress.size()", equalTo(1));
        progress(id, null, "เผยแพร่ขั้นตอนบน Website แล้ว").statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("progress.noteTh", contains("ส่วนราชการตรวจสอบขั้นตอนงานบริการแล้ว 3 จาก 4 งาน",
                        "เผยแพร่ขั้นตอนบน Website แล้ว"));
        problem(progress(id, "PLANNED", "เลื่อนออกไป"), 409, "MEASURE_STATUS");
        progress(id, "DONE", "เผยแพร่ครบทุกช่องทาง").statusCode(200).body("status", equalTo("DONE"));

        problem(progress(id, "IN_PROGRESS", "เปิดใหม่"), 409, "MEASURE_FINAL");
        problem(executive().filter(UNCHECKED_REQUEST).body(seedMeasure(null, 1)).put(BASE + "/{id}", id).then(), 409,
                "MEASURE_FINAL");
        executive().get(BASE + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("titleTh", equalTo("จัดทำขั้นตอนและระยะเวลาการปฏิบัติงาน/การให้บริการ"))
                .body("progress.status", contains("IN_PROGRESS", "IN_PROGRESS", "DONE"))
                .body("progress.by", contains("exec", "exec", "exec"))
                .body("progress[2].noteTh", equalTo("เผยแพร่ครบทุกช่องทาง"));
        assertEquals(3, auditRows("MEASURE_PROGRESS", id));
    }

    @Test
    void aDroppedMeasureIsFinalToo() {
        long id = record(seedMeasure(fixtures.site().create().code(), 2));
        progress(id, "DROPPED", "รวมเข้ากับมาตรการประชาสัมพันธ์ของสำนักปลัด").statusCode(200)
                .body("status", equalTo("DROPPED"));
        problem(progress(id, "DONE", "เสร็จแล้ว"), 409, "MEASURE_FINAL");
        executive().get(BASE + "/{id}", id).then().body("progress.size()", equalTo(1));
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() {
        String sp = fixtures.site().create().code();
        Map<String, Object> body = seedMeasure(sp, 1);
        body.put("items", List.of("E1.1", "E99"));
        body.put("division", "NOPE");
        problem(post(executive(), body), 422, "INVALID")
                .body("errors.field", contains("items", "division"))
                .body("errors[0].messageTh", containsString("E99"))
                .body("errors[1].message", containsString("FIN"));

        assertInvalid(with(seedMeasure(sp, 1), "titleTh", null), "titleTh");
        assertInvalid(with(seedMeasure(sp, 1), "titleTh", " "), "titleTh");
        assertInvalid(seedMeasure(sp, 3), "half");
        assertInvalid(withYear(seedMeasure(sp, 1), 2026), "fiscalYear");
        assertInvalid(with(seedMeasure(sp, 1), "fiscalYear", null), "fiscalYear");
        assertInvalid(with(seedMeasure(sp, 1), "servicePoint", "no-such-place"), "servicePoint");
        assertInvalid(with(seedMeasure(sp, 1), "responsible", null), "responsible");
        assertInvalid(with(seedMeasure(sp, 1), "steps", List.of()), "steps");
        assertInvalid(with(seedMeasure(sp, 1), "items", List.of()), "items");
        assertInvalid(with(seedMeasure(sp, 1), "followUp", ""), "followUp");
        listed("servicePoint=" + sp).body("id", empty());

        long id = record(seedMeasure(sp, 1));
        problem(executive().filter(UNCHECKED_REQUEST).body(Map.of("status", "IN_PROGRESS", "noteTh", " "))
                .post(BASE + "/{id}/progress", id).then(), 422, "INVALID").body("errors[0].field", equalTo("noteTh"));
        problem(executive().filter(UNCHECKED_REQUEST).body(Map.of("status", "FINISHED", "noteTh", "เสร็จ"))
                .post(BASE + "/{id}/progress", id).then(), 422, "INVALID").body("errors[0].field", equalTo("status"));
        problem(executive().filter(UNCHECKED_REQUEST).body(with(seedMeasure(sp, 1), "division", "NOPE")).put(BASE + "/{id}", id)
                .then(), 422,
                "INVALID").body("errors[0].field", equalTo("division"));
        executive().get(BASE + "/{id}", id).then().body("status", equalTo("PLANNED")).body("progress", empty())
                .body("responsible.division", nullValue());
    }

    @Test
    void namesABadFilter() {
        badFilter("half=1", "fiscalYear");
        badFilter("fiscalYear=2569&half=3", "half");
        badFilter("fiscalYear=2569&half=first", "half");
        badFilter("fiscalYear=2026", "fiscalYear");
        badFilter("status=OPEN", "status");
        badFilter("item=E99", "item");
        badFilter("servicePoint=no-such-place", "servicePoint");
    }

    @Test
    void onlyExecutivesAndAdministratorsKeepTheRegister() {
        Site site = fixtures.site().create();
        long byAdmin = post(admin(), seedMeasure(site.code(), 1)).statusCode(201).body("createdBy", equalTo("admin"))
                .extract().jsonPath().getLong("id");
        executive().get(BASE + "/{id}", byAdmin).then().statusCode(200);
        admin().get(BASE + "?servicePoint=" + site.code()).then().statusCode(200).body("id", contains((int) byAdmin));

        problem(RestAssured.given().filter(UNCHECKED_REQUEST).get(BASE).then(), 401, "UNAUTHENTICATED");
        problem(RestAssured.given().filter(UNCHECKED_REQUEST).contentType(ContentType.JSON).body(seedMeasure(null, 1))
                .post(BASE).then(), 401,
                "UNAUTHENTICATED");
        problem(Api.as("clerk1", "clerk").get(BASE + "/{id}", byAdmin).then(), 403, "FORBIDDEN");
        problem(post(Api.as("officer", "officer"), seedMeasure(null, 1)), 403, "FORBIDDEN");
        problem(Api.kiosk(site).filter(UNCHECKED_REQUEST).body(Map.of("noteTh", "x")).post(BASE + "/{id}/progress", byAdmin)
                .then(), 403,
                "FORBIDDEN");
        problem(executive().get(BASE + "/{id}", 999_999_999).then(), 404, "NOT_FOUND");
        problem(progress(999_999_999, "DONE", "ไม่มีมาตรการนี้"), 404, "NOT_FOUND");
        executive().get(BASE + "/{id}", byAdmin).then().body("progress", empty());
    }

    @Test
    void progressIsHistoryTheDatabaseKeeps() {
        long id = record(seedMeasure(fixtures.site().create().code(), 1));
        progress(id, "IN_PROGRESS", "เริ่มดำเนินการแล้ว").statusCode(200);
        for (String change : List.of("update measure_progress set note_th = 'แก้ไขย้อนหลัง' where measure_id = ?1",
                "delete from measure_progress where measure_id = ?1")) {
            assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(
                    () -> ProgressEntry.getEntityManager().createNativeQuery(change).setParameter(1, id).executeUpdate()));
        }
        executive().get(BASE + "/{id}", id).then().body("progress.noteTh", contains("เริ่มดำเนินการแล้ว"));
    }

    private static ValidatableResponse listed(String query) {
        return executive().get(BASE + "?" + query).then().statusCode(200);
    }

    private static void badFilter(String query, String field) {
        problem(executive().filter(UNCHECKED_REQUEST).get(BASE + "?" + query).then(), 422, "INVALID").body("errors.field",
                hasItems(field));
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        problem(post(executive().filter(UNCHECKED_REQUEST), body), 422, "INVALID").body("errors.field", hasItems(field));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    private static Map<String, Object> withYear(Map<String, Object> body, int fiscalYear) {
        return with(body, "fiscalYear", fiscalYear);
    }
}
