package th.servicepoint.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.TestClock;

/** A client that calls a public endpoint too often gets 429 with Retry-After, in Thai and English. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class RateLimitTest {

    /** A public endpoint of the tests with a bucket of 3 requests a minute (application.properties, %test). */
    @Path("/test/rate-limited")
    public static class TightEndpoint {

        @GET
        @PermitAll
        @RateLimited("test-tight")
        public String hello() {
            return "hello";
        }
    }

    @Inject
    TestClock clock;

    @Test
    void theFourthRequestOfTheMinuteIsRefusedWithRetryAfterAndTheNextMinuteIsFree() {
        clock.set("2031-01-01T00:00:10Z");
        for (int i = 0; i < 3; i++) {
            given().get("/test/rate-limited").then().statusCode(200);
        }
        Api.problem(given().get("/test/rate-limited").then(), 429, "TOO_MANY_REQUESTS")
                .header("Retry-After", Integer::parseInt, allOf(greaterThanOrEqualTo(49), lessThanOrEqualTo(50)));
        clock.set("2031-01-01T00:01:00Z");
        given().get("/test/rate-limited").then().statusCode(200);
    }
}
