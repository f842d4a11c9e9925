package th.servicepoint.queue;

import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.display;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.transfer;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The waiting count the kiosk and the board show follows every move of a ticket in and out of a queue. */
@QuarkusTest
class WaitingCountTest {

    @Inject
    Fixtures fixtures;

    @Test
    void waitingFollowsIssueCallCancelTransferNoShowAndReactivation() {
        Site site = fixtures.site().service("A").service("B").counter(1, "A").counter(2, "B").create();
        long a1 = issue(site, "A").getLong("id");
        long a2 = issue(site, "A").getLong("id");
        long a3 = issue(site, "A").getLong("id");
        long b1 = issue(site, "B").getLong("id");
        assertWaiting(site, 3, 1);

        openCounter(site, 1);
        openCounter(site, 2);
        callNext(site, 1); // a1
        assertWaiting(site, 2, 1);
        act(site, 1, a1, "no-show").statusCode(200);
        assertWaiting(site, 2, 1);
        act(site, 1, a1, "reactivate").statusCode(200);
        assertWaiting(site, 3, 1);
        transfer(site, 1, a2, "B").statusCode(200); // waiting A → waiting B
        assertWaiting(site, 2, 2);
        transfer(site, 2, b1, "A").statusCode(200); // and back the other way
        assertWaiting(site, 3, 1);
        act(site, 1, a3, "cancel").statusCode(200);
        assertWaiting(site, 2, 1);
        long called = callNext(site, 2).getLong("id");
        assertWaiting(site, 2, 0);
        transfer(site, 2, called, "A").statusCode(200); // called B → waiting A
        assertWaiting(site, 3, 0);
    }

    private static void assertWaiting(Site site, int a, int b) {
        Map<String, Integer> expected = Map.of("A", a, "B", b);
        expected.forEach((prefix, waiting) -> display(site).get("/api/v1/service-points/{sp}/queue", site.code())
                .then().statusCode(200)
                .body("services.find { it.prefix == '" + prefix + "' }.waiting", equalTo(waiting)));
    }
}
