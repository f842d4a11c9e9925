package th.servicepoint;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import th.servicepoint.audit.AuditEntry;

/** Requests as the demo accounts and fresh service points, so each admin test works on data of its own. */
public final class AdminFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AdminFixtures() {
    }

    /** A name no other test uses: lower-case letters, digits and '-'. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification asAdmin() {
        return as("admin", "admin");
    }

    /** HTTP Basic with the credentials in UTF-8, as browsers send them (RFC 7617 charset="UTF-8"). */
    public static RequestSpecification as(String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return given().header("Authorization", "Basic " + credentials).contentType(ContentType.JSON);
    }

    public static RequestSpecification asDevice(String key) {
        return given().header("X-Device-Key", key).contentType(ContentType.JSON);
    }

    /** A new service point with default hours; returns its code. */
    public static String newServicePoint() {
        String code = unique("sp");
        asAdmin().body(Map.of("code", code, "nameTh", "จุดบริการทดสอบ", "nameEn", "Test service point"))
                .post("/api/v1/admin/service-points").then().statusCode(201);
        return code;
    }

    /** A new active service without steps at the service point. */
    public static void newService(String servicePoint, String prefix) {
        asAdmin().body(Map.of("prefix", prefix, "nameTh", "งาน " + prefix, "nameEn", "Service " + prefix,
                "steps", List.of(Map.of("titleTh", "ยื่นคำขอ", "titleEn", "Apply", "standardMinutes", 5))))
                .post("/api/v1/admin/service-points/{sp}/services", servicePoint).then().statusCode(201);
    }

    /** Audit rows with this action whose detail contains the text. */
    public static long auditRows(String action, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and detail like ?2 and actor = 'admin' and userId is not null", action,
                "%" + detailContains + "%"));
    }

    /** Audit rows with this action at the service point whose detail contains the text. */
    public static long auditRowsAt(String servicePoint, String action, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and detail like ?2 and actor = 'admin' and servicePointId = "
                        + "(select id from ServicePoint where code = ?3)",
                action, "%" + detailContains + "%", servicePoint));
    }
}
