package th.servicepoint.isolation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.security.Role;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.Site;

/**
 * The home agency (its demo staff and a site of its own) beside a second agency that has one of everything: staff,
 * a site whose names carry a marker nobody else uses, tickets waiting and served, a survey invitation, a poster, a
 * complaint, a division, a measure and a stored report. Tests look for the marker where the home agency's staff look.
 */
final class TwoAgencies {

    final long agency;
    final String agencyCode;
    /** In the other agency's service names and its service point's name, and nowhere else. */
    final String marker;
    final Site ours;
    final Site theirs;
    final String theirAdmin;
    final String theirExecutive;
    final String theirOfficer;
    final long theirWaitingTicket;
    final String theirWaitingToken;
    final String theirServedToken;
    final String theirSurveyToken;
    final String theirPosterToken;
    final String theirComplaintCode;
    final String theirComplaintReference;
    final long theirDivision;
    final long theirMeasure;
    final long theirDeviceKey;
    final String ourWaitingToken;

    TwoAgencies(Fixtures fixtures) {
        agencyCode = Fixtures.unique("sao");
        agency = Agencies.create(agencyCode);
        marker = Fixtures.unique("onlytheirs");
        Fixtures.InAgency in = fixtures.inAgency(agency);
        theirAdmin = in.admin();
        theirExecutive = in.user(Fixtures.unique("exec"), Role.EXECUTIVE);
        theirOfficer = in.user(Fixtures.unique("officer"), Role.COMPLAINT_OFFICER);
        theirs = in.site().service("A").service("B").counter(1, "A", "B").create();
        Installation.in(AgencyScope.of(agency), () -> Panache.getEntityManager()
                .createNativeQuery("update service set name_th = 'งาน ' || prefix || ' ' || ?1,"
                        + " name_en = 'Service ' || prefix || ' ' || ?1 where service_point_id = ?2")
                .setParameter(1, marker).setParameter(2, theirs.id()).executeUpdate());

        Api.issue(theirs, "A");
        Api.openCounter(theirs, 1);
        JsonPath served = Api.callNext(theirs, 1);
        Api.act(theirs, 1, served.getLong("id"), "start").statusCode(200);
        Api.act(theirs, 1, served.getLong("id"), "complete").statusCode(200);
        theirServedToken = Installation.read(() -> (String) Panache.getEntityManager()
                .createNativeQuery("select tracking_token from ticket where id = ?1")
                .setParameter(1, served.getLong("id")).getSingleResult());
        theirSurveyToken = Api.surveyToken(Api.surveyUrl(theirServedToken));
        JsonPath waiting = Api.issue(theirs, "B");
        theirWaitingTicket = waiting.getLong("id");
        theirWaitingToken = waiting.getString("trackingToken");

        String posterUrl = Api.as(theirAdmin).post("/api/v1/admin/counters/{id}/poster", theirs.counter(1)).then()
                .statusCode(201).extract().jsonPath().getString("url");
        theirPosterToken = posterUrl.substring(posterUrl.lastIndexOf('=') + 1);
        theirComplaintCode = RestAssured.given().contentType("application/json").queryParam("agency", agencyCode)
                .body(Map.of("category", "GENERAL", "text", "ร้องเรียน " + marker)).post("/api/v1/complaints").then()
                .statusCode(201).extract().jsonPath().getString("trackingCode");
        List<String> references = Api.as(theirOfficer).get("/api/v1/complaints").then().statusCode(200).extract()
                .jsonPath().getList("reference");
        assertEquals(1, references.size(), "the other agency's officer sees its one complaint: " + references);
        theirComplaintReference = references.get(0);
        theirDivision = Api.as(theirAdmin).body(Map.of("code", marker, "nameTh", "กอง " + marker, "nameEn", marker))
                .post("/api/v1/admin/divisions").then().statusCode(201).extract().jsonPath().getLong("id");
        theirMeasure = Api.as(theirExecutive).body(measure(marker, theirs.code())).post("/api/v1/measures").then()
                .statusCode(201)
                .extract().jsonPath().getLong("id");
        theirDeviceKey = Api.as(theirAdmin).get("/api/v1/admin/device-keys").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.kind == 'KIOSK' }.id");

        ours = fixtures.site().service("A").counter(1, "A").create();
        Api.openCounter(ours, 1);
        ourWaitingToken = Api.issue(ours, "A").getString("trackingToken");
        // the other agency's staff see their own, so what the home agency's staff miss is not missing for everyone
        Api.as(theirAdmin).get("/api/v1/admin/service-points").then().statusCode(200).body("code",
                equalTo(List.of(theirs.code())));
    }

    /** A measure for half 1 of FY 2570 at the service point. */
    static Map<String, Object> measure(String title, String servicePoint) {
        return Map.of("fiscalYear", 2570, "half", 1, "servicePoint", servicePoint, "items", List.of("E1.1"),
                "titleTh", "มาตรการ " + title,
                "steps", List.of("ขั้นตอน " + title), "responsible", "ทุกกอง", "followUp", "ติดตาม " + title);
    }
}
