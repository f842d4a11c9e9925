package th.servicepoint.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Fixtures.auditRows;
import static th.servicepoint.support.Fixtures.unique;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DivisionAdminTest {

    private static final String BASE = "/api/v1/admin/divisions";

    @Test
    void createsListsAndUpdatesADivision() {
        String code = unique("WATER").toUpperCase();
        long id = admin().body(Map.of("code", code, "nameTh", "กองประปา", "nameEn", "Waterworks Division"))
                .post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("code", equalTo(code))
                .body("nameTh", equalTo("กองประปา"))
                .extract().jsonPath().getLong("id");

        admin().get(BASE).then().statusCode(200).body("code", hasItems(code, "FIN"));
        admin().get(BASE + "/{id}", id).then().statusCode(200).body("nameEn", equalTo("Waterworks Division"));

        String renamed = code + "-2";
        admin().body(Map.of("code", renamed, "nameTh", "กองการประปา", "nameEn", "Water Supply Division"))
                .put(BASE + "/{id}", id).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("code", equalTo(renamed))
                .body("nameEn", equalTo("Water Supply Division"));
        admin().get(BASE + "/{id}", id).then().body("code", equalTo(renamed));
        assertEquals(1, auditRows("DIVISION_CREATE", code));
        assertEquals(1, auditRows("DIVISION_UPDATE", renamed));
    }

    @Test
    void refusesATakenCode() {
        admin().body(Map.of("code", "FIN", "nameTh", "ซ้ำ", "nameEn", "Duplicate")).post(BASE)
                .then().statusCode(409).body("code", equalTo("DIVISION_EXISTS"));

        String code = unique("D").toUpperCase();
        long id = admin().body(Map.of("code", code, "nameTh", "กอง", "nameEn", "Division")).post(BASE)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        admin().body(Map.of("code", "ENG", "nameTh", "กอง", "nameEn", "Division")).put(BASE + "/{id}", id)
                .then().statusCode(409).body("code", equalTo("DIVISION_EXISTS"));
        // keeping its own code is no conflict
        admin().body(Map.of("code", code, "nameTh", "กองใหม่", "nameEn", "New name")).put(BASE + "/{id}", id)
                .then().statusCode(200).body("nameTh", equalTo("กองใหม่"));
    }

    @Test
    void unknownDivisionIsNotFound() {
        admin().get(BASE + "/{id}", 999_999_999).then().statusCode(404);
        admin().body(Map.of("code", unique("X"), "nameTh", "ก", "nameEn", "A")).put(BASE + "/{id}", 999_999_999)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void namesInvalidFields() {
        admin().filter(UNCHECKED_REQUEST).body(Map.of("code", "กอง คลัง", "nameEn", "Finance")).post(BASE)
                .then().statusCode(422)
                .body("errors.field", hasItems("code", "nameTh"))
                .body("errors.find { it.field == 'nameTh' }.messageTh", containsString("ต้องระบุ"));
    }
}
