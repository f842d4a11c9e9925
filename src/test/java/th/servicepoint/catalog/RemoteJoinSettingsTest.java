package th.servicepoint.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.newServicePoint;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Fixtures.auditRowsAt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.OpenApiContract;

/**
 * An administrator opens remote joining service by service (issue 18): off by default, with a limit that gives at
 * least one ticket, and a window within the opening hours. A careless setting is refused next to its field.
 */
@QuarkusTest
class RemoteJoinSettingsTest {

    private static final String BASE = "/api/v1/admin/service-points/{sp}/services";

    private static Map<String, Object> service(Integer dailyCap, Map<String, Object> remoteJoin) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameTh", "งานทะเบียน");
        body.put("nameEn", "Registration");
        body.put("dailyCap", dailyCap);
        body.put("steps", List.of(Map.of("titleTh", "ยื่นคำขอ", "titleEn", "Apply", "standardMinutes", 5)));
        if (remoteJoin != null) {
            body.put("remoteJoin", remoteJoin);
        }
        return body;
    }

    private static Map<String, Object> remote(Object... pairs) {
        Map<String, Object> remote = new HashMap<>();
        remote.put("enabled", true);
        for (int i = 0; i < pairs.length; i += 2) {
            remote.put((String) pairs[i], pairs[i + 1]);
        }
        return remote;
    }

    private static ValidatableResponse put(String sp, Map<String, Object> body) {
        return admin().body(body).put(BASE + "/{prefix}", sp, "R").then();
    }

    @Test
    void remoteJoiningIsOffUntilAnAdministratorOpensIt() {
        String sp = newServicePoint();
        Map<String, Object> created = service(120, null);
        created.put("prefix", "R");
        admin().body(created).post(BASE, sp).then().statusCode(201).body("remoteJoin.enabled", equalTo(false))
                .body("remoteDailyLimit", equalTo(0));
        given().get("/api/v1/service-points/{sp}/remote-join", sp).then().statusCode(200).body("$", hasSize(0));

        put(sp, service(120, remote("sharePercent", 25, "opensAt", "09:00", "closesAt", "15:30"))).statusCode(200)
                .body("remoteJoin.enabled", equalTo(true)).body("remoteJoin.sharePercent", equalTo(25))
                .body("remoteJoin.opensAt", startsWith("09:00")).body("remoteDailyLimit", equalTo(30));
        assertEquals(1, auditRowsAt(sp, "SERVICE_UPDATE", "remote joining 30/day 09:00-15:30"));
        given().get("/api/v1/service-points/{sp}/remote-join", sp).then().statusCode(200)
                .body("prefix", equalTo(List.of("R"))).body("[0].placesLeft", equalTo(30))
                .body("[0].closesAt", startsWith("15:30"));

        // with a maximum too, the lower limit applies
        put(sp, service(120, remote("sharePercent", 25, "dailyMax", 12))).statusCode(200)
                .body("remoteDailyLimit", equalTo(12));
        // a form without remoteJoin turns it off (the form sets all of a service), keeping nothing
        put(sp, service(120, null)).statusCode(200).body("remoteJoin.enabled", equalTo(false))
                .body("remoteJoin.sharePercent", equalTo(null));
        admin().get(BASE, sp).then().statusCode(200).body("remoteJoin.enabled", hasItem(false));
    }

    @Test
    void aServiceWithoutADailyCapNeedsAnAbsoluteMaximum() {
        String sp = newServicePoint();
        Map<String, Object> created = service(null, remote("dailyMax", 40));
        created.put("prefix", "R");
        admin().body(created).post(BASE, sp).then().statusCode(201).body("remoteDailyLimit", equalTo(40));

        problem(put(sp, service(null, remote("sharePercent", 30))), 422, "INVALID")
                .body("errors[0].field", equalTo("remoteJoin.dailyMax"))
                .body("errors[0].messageTh", containsString("สูงสุด"));
        // a careless admin removing the cap of a service that joins by share is told what it needs instead
        put(sp, service(100, remote("sharePercent", 30))).statusCode(200).body("remoteDailyLimit", equalTo(30));
        problem(put(sp, service(null, remote("sharePercent", 30))), 422, "INVALID")
                .body("errors[0].field", equalTo("remoteJoin.dailyMax"));
    }

    @Test
    void aShareOrWindowThatCanNeverServeIsRefusedNextToItsField() {
        String sp = newServicePoint(); // open 08:30-16:30
        Map<String, Object> created = service(5, null);
        created.put("prefix", "R");
        admin().body(created).post(BASE, sp).then().statusCode(201);

        problem(put(sp, service(5, remote("sharePercent", 10))), 422, "INVALID")
                .body("errors[0].field", equalTo("remoteJoin.sharePercent"))
                .body("errors[0].message", containsString("not even one"));
        problem(put(sp, service(5, remote())), 422, "INVALID")
                .body("errors[0].field", equalTo("remoteJoin.sharePercent"));
        problem(put(sp, service(5, remote("sharePercent", 50, "opensAt", "10:00"))), 422, "INVALID")
                .body("errors[0].field", equalTo("remoteJoin.closesAt"));
        problem(put(sp, service(5, remote("sharePercent", 50, "opensAt", "12:00", "closesAt", "10:00"))), 422,
                "INVALID").body("errors[0].field", equalTo("remoteJoin.closesAt"));
        problem(put(sp, service(5, remote("sharePercent", 50, "opensAt", "07:00", "closesAt", "10:00"))), 422,
                "INVALID").body("errors[0].field", equalTo("remoteJoin.opensAt"))
                .body("errors[0].message", containsString("08:30–16:30"));
        for (Object percent : List.of(0, 101)) {
            problem(admin().body(service(5, remote("sharePercent", percent)))
                    .filter(OpenApiContract.UNCHECKED_REQUEST)
                    .put(BASE + "/{prefix}", sp, "R").then(), 422, "INVALID")
                    .body("errors[0].field", equalTo("sharePercent")); // Bean Validation names the leaf
        }
        // nothing was stored by the refusals
        admin().get(BASE + "/{prefix}", sp, "R").then().statusCode(200).body("remoteJoin.enabled", equalTo(false));
    }
}
