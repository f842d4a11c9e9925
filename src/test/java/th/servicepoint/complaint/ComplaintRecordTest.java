package th.servicepoint.complaint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.complaint.ComplaintFixtures.BASE;
import static th.servicepoint.complaint.ComplaintFixtures.file;
import static th.servicepoint.complaint.ComplaintFixtures.officer;
import static th.servicepoint.complaint.ComplaintFixtures.referenceOf;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/**
 * A dishonest insider tries to re-file a corruption complaint as GENERAL (then executives would see it), to reword
 * it, or to make it disappear: through the API, and in SQL as the application's own database user.
 */
@QuarkusTest
class ComplaintRecordTest {

    private static final String FILED_TEXT = "เจ้าหน้าที่เรียกคิวคนรู้จักก่อน (CORRUPTION)";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApiRefusesToChangeACategoryOrText() {
        String reference = referenceOf(file("CORRUPTION").getString("trackingCode"));

        problem(officer().body(Map.of("status", "IN_PROGRESS", "category", "GENERAL"))
                .post(BASE + "/{reference}/status", reference).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("category"))
                .body("detail", containsString("category cannot change after filing"));
        // refused before the complaint is looked up, so an administrator learns nothing of a corruption complaint
        for (String any : new String[] { reference, "ABCDE-23456" }) {
            problem(admin().body(Map.of("status", "IN_PROGRESS", "category", "GENERAL"))
                    .post(BASE + "/{reference}/status", any).then(), 422, "INVALID")
                    .body("errors[0].field", equalTo("category"));
        }
        problem(officer().body(Map.of("status", "IN_PROGRESS", "text", "ไม่มีอะไร"))
                .post(BASE + "/{reference}/status", reference).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("text"));
        for (String method : new String[] { "PUT", "PATCH" }) {
            officer().filter(UNCHECKED_REQUEST).body(Map.of("category", "GENERAL", "text", "ไม่มีอะไร"))
                    .request(method, BASE + "/{reference}", reference).then().statusCode(405);
        }
        asFiled(reference).body("status", equalTo("RECEIVED"));

        officer().body(Map.of("status", "IN_PROGRESS", "publicAnswer", "กำลังตรวจสอบ"))
                .post(BASE + "/{reference}/status", reference).then().statusCode(200);
        asFiled(reference).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void theDatabaseRefusesToChangeDeleteOrEmptyComplaints() {
        String reference = referenceOf(file("CORRUPTION", "line: @whistle").getString("trackingCode"));

        refused("update complaint set category = 'GENERAL' where reference = ?", reference, "kept as filed");
        refused("update complaint set text = 'ไม่มีอะไร' where reference = ?", reference, "kept as filed");
        refused("update complaint set created_at = created_at - interval '1 year' where reference = ?", reference,
                "kept as filed");
        refused("update complaint set contact = 'someone else' where reference = ?", reference,
                "only be removed");
        refused("delete from complaint where reference = ?", reference, "cannot be deleted");
        refused("truncate complaint cascade", null, "cannot be truncated");
        asFiled(reference).body("contact", equalTo("line: @whistle"));
    }

    private static ValidatableResponse asFiled(String reference) {
        return officer().get(BASE + "/{reference}", reference).then().statusCode(200)
                .body("category", equalTo("CORRUPTION")).body("text", equalTo(FILED_TEXT));
    }

    private void refused(String sql, String reference, String because) {
        // as someone with the installation's whole view would: row-level security hides nothing from them
        SQLException refusal = assertThrows(SQLException.class,
                () -> AgencyScopes.callChecked(AgencyScope.INSTALLATION, () -> {
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement statement = connection.prepareStatement(sql)) {
                        if (reference != null) {
                            statement.setString(1, reference);
                        }
                        return statement.executeUpdate();
                    }
                }), sql);
        // where the application's role lacks the privilege outright (DELETE, TRUNCATE), PostgreSQL refuses earlier
        assertTrue(refusal.getMessage().contains(because) || refusal.getMessage().contains("permission denied"),
                refusal.getMessage());
    }
}
