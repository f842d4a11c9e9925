package th.servicepoint.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.kiosk;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** What a kiosk may send, and what a lobby display may see. */
@QuarkusTest
class KioskInputTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aNumberIsNotAPriority() {
        Site site = fixtures.site().service("A").create();
        problem(kiosk(site).filter(UNCHECKED_REQUEST).body("{\"service\":\"A\",\"priority\":3}")
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("priority"));
    }

    @Test
    void aKioskIssuesThroughTheKioskChannelOnly() {
        Site site = fixtures.site().service("A").create();
        problem(kiosk(site).body("{\"service\":\"A\",\"channel\":\"COUNTER\"}")
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then(), 422, "INVALID")
                .body("errors[0].field", equalTo("channel"));
        kiosk(site).body("{\"service\":\"A\",\"channel\":\"KIOSK\"}")
                .post("/api/v1/service-points/{sp}/tickets", site.code()).then().statusCode(201)
                .body("channel", equalTo("KIOSK"));
    }

    @Test
    void theBoardDoesNotShowTrackingTokens() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A");
        openCounter(site, 1);
        callNext(site, 1);
        display(site).get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200)
                .body("counters[0].serving.number", equalTo("A001"))
                .body("counters[0].serving", not(hasKey("trackingToken")));
    }
}
