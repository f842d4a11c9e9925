package th.servicepoint.measure;

import static th.servicepoint.support.Api.executive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.audit.AuditEntry;

/** Measures recorded as an executive does, and what the audit trail holds afterwards. */
final class MeasureFixtures {

    static final String BASE = "/api/v1/measures";
    static final String FOLLOW_UP = "รายงานความก้าวหน้าและสรุปผล ณ สิ้นปีงบประมาณ";

    private MeasureFixtures() {
    }

    /**
     * The seed's first measure (section 6, row 1) for items E1.1 and E1.2 of a half of FY 2569 at a service point
     * (null: the whole agency); a mutable body a test may change before posting.
     */
    static Map<String, Object> seedMeasure(String servicePoint, Integer half) {
        Map<String, Object> body = new HashMap<>();
        body.put("fiscalYear", 2569);
        body.put("half", half);
        body.put("servicePoint", servicePoint);
        body.put("items", List.of("E1.1", "E1.2"));
        body.put("titleTh", "จัดทำขั้นตอนและระยะเวลาการปฏิบัติงาน/การให้บริการ");
        body.put("steps", List.of(
                "ส่วนราชการในสังกัดตรวจสอบงานในอำนาจหน้าที่เพื่อจัดทำขั้นตอนการให้บริการ",
                "เผยแพร่ขั้นตอนและระยะเวลาการให้บริการ ณ สถานที่ให้บริการ บอร์ดประชาสัมพันธ์ และ Website"));
        body.put("responsible", "ทุกส่วนราชการที่มีงานให้บริการ");
        body.put("followUp", FOLLOW_UP);
        return body;
    }

    static ValidatableResponse post(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post(BASE).then();
    }

    /** Records the measure as the executive; returns its id. */
    static long record(Map<String, Object> body) {
        return post(executive(), body).statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse progress(long id, String status, String noteTh) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("noteTh", noteTh);
        return executive().body(body).post(BASE + "/{id}/progress", id).then();
    }

    /** Audit rows with this action written by the signed-in executive whose detail names the measure. */
    static long auditRows(String action, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and actor = 'exec' and userId is not null and detail like ?2", action,
                "measure " + id + " (%"));
    }
}
