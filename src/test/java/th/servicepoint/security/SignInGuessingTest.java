package th.servicepoint.security;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Fixtures.unique;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.catalog.DemoData;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.RawHttp;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.TestClock;

/**
 * Someone guessing passwords: an account is refused for a quiet period after too many wrong passwords (its right one
 * too), so is a client guessing across accounts, and each lock is audited; an unknown account is refused as slowly as
 * a wrong password; a crowd of password checks waits its turn or is told to come back. The timing figures go to
 * bench/RESULTS.md ("Sign-in guessing").
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class SignInGuessingTest {

    private static final String QUEUE = "/api/v1/service-points/" + DemoData.SERVICE_POINT + "/queue";

    @Inject
    TestClock clock;
    @Inject
    Fixtures fixtures;
    @Inject
    SecuritySettings settings;

    @BeforeEach
    void freezeTheClock() {
        // failures are counted by the application's clock; frozen, a slow test machine cannot let them expire
        clock.set(Instant.now());
    }

    @Test
    void anAccountGuessedTooOftenIsRefusedWithItsRightPasswordTooUntilAQuietPeriodHasPassed() {
        String clerk = unique("guessed");
        fixtures.user(clerk, Role.CLERK, true);
        int allowed = settings.signInThrottle().failuresPerAccount();
        for (int i = 0; i < allowed; i++) {
            Api.problem(as(clerk, "guess-" + i).get(QUEUE).then(), 401, "UNAUTHENTICATED");
        }
        long quiet = settings.signInThrottle().quietPeriod().toSeconds();
        locked(as(clerk, "guess-" + allowed).get(QUEUE).then(), quiet);
        locked(as(clerk, Fixtures.PASSWORD).get(QUEUE).then(), quiet);
        assertEquals(1, auditRows("account '" + clerk + "'"), "the lock is audited once");

        clock.advance(settings.signInThrottle().quietPeriod().minusSeconds(1));
        locked(as(clerk, Fixtures.PASSWORD).get(QUEUE).then(), 1);
        clock.advance(Duration.ofSeconds(1));
        as(clerk, Fixtures.PASSWORD).get(QUEUE).then().statusCode(200);
        Api.problem(as(clerk, "guess-again").get(QUEUE).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void theSignInFormIsThrottledToo() {
        String clerk = unique("formed");
        fixtures.user(clerk, Role.CLERK, true);
        for (int i = 0; i < settings.signInThrottle().failuresPerAccount(); i++) {
            signInForm(clerk, "guess-" + i).statusCode(401);
        }
        signInForm(clerk, Fixtures.PASSWORD).statusCode(429).header("Retry-After", Integer::parseInt,
                greaterThanOrEqualTo(1));
        clock.advance(settings.signInThrottle().quietPeriod());
        signInForm(clerk, Fixtures.PASSWORD).statusCode(200);
    }

    private static ValidatableResponse signInForm(String username, String password) {
        return RestAssured.given().header("X-Requested-With", "XMLHttpRequest").contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check")
                .then();
    }

    @Test
    void aClientGuessingAcrossAccountsIsRefusedWhileOthersSignIn() throws IOException {
        String guesser = "127.0.0.31";
        int allowed = settings.signInThrottle().failuresPerClient();
        int perAccount = settings.signInThrottle().failuresPerAccount() - 1;
        List<String> accounts = new ArrayList<>();
        for (int failures = 0; failures < allowed; failures++) {
            if (failures % perAccount == 0) {
                accounts.add(fixtures.user(unique("target"), Role.CLERK, true));
            }
            String answer = RawHttp.get(guesser, QUEUE, accounts.get(accounts.size() - 1), "guess-" + failures);
            assertEquals(401, RawHttp.status(answer), answer);
        }
        String untouched = fixtures.user(unique("untouched"), Role.CLERK, true);
        String refused = RawHttp.get(guesser, QUEUE, untouched, Fixtures.PASSWORD);
        assertEquals(429, RawHttp.status(refused), refused);
        assertTrue(refused.toLowerCase().contains("retry-after: ") && refused.contains("SIGN_IN_LOCKED"), refused);
        assertEquals(200, RawHttp.status(RawHttp.get("127.0.0.32", QUEUE, untouched, Fixtures.PASSWORD)));
        as(untouched, Fixtures.PASSWORD).get(QUEUE).then().statusCode(200);
        assertEquals(1, auditRows("client "), "the client's lock is audited, by a pseudonym, not its address");
        assertEquals(0, auditRows(guesser));

        clock.advance(settings.signInThrottle().quietPeriod());
        assertEquals(200, RawHttp.status(RawHttp.get(guesser, QUEUE, untouched, Fixtures.PASSWORD)));
    }

    /**
     * Users made through the API have the service's real bcrypt cost (the fixtures' cost 4 would make any wrong
     * password quick). Each try moves the clock past the quiet period, so that no lock stops the measuring.
     */
    @Test
    void anUnknownAccountIsRefusedAsSlowlyAsAWrongPassword() {
        String username = unique("timed");
        admin().body(Map.of("username", username, "password", "รหัสผ่านที่ถูกต้อง", "displayName", "จับเวลา", "roles",
                List.of("CLERK"))).post("/api/v1/admin/users").then().statusCode(201);
        int tries = 15;
        List<Long> wrong = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            clock.advance(settings.signInThrottle().quietPeriod().plusSeconds(1));
            wrong.add(refusalMillis(username));
            unknown.add(refusalMillis(unique("nobody")));
        }
        long wrongMedian = median(wrong);
        long unknownMedian = median(unknown);
        System.out.printf("sign-in timing: wrong password %s ms (median %d), unknown account %s ms (median %d)%n",
                wrong, wrongMedian, unknown, unknownMedian);
        double ratio = (double) unknownMedian / Math.max(1, wrongMedian);
        assertTrue(ratio > 0.5 && ratio < 2, "unknown " + unknownMedian + " ms against wrong " + wrongMedian + " ms");
    }

    @Test
    void aCrowdOfPasswordChecksIsToldToComeBackInsteadOfPilingUp() throws Exception {
        int crowd = 120;
        ExecutorService clients = Executors.newFixedThreadPool(crowd);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < crowd; i++) {
                // each from an address of its own, and each for an unknown account, so that no lock answers first
                String from = "127.0.1." + (1 + i);
                String username = unique("crowd");
                answers.add(clients.submit(() -> RawHttp.get(from, QUEUE, username, "a-guess")));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            String busy = null;
            for (Future<String> answer : answers) {
                String text = answer.get();
                statuses.merge(RawHttp.status(text), 1, Integer::sum);
                if (RawHttp.status(text) == 503) {
                    busy = text;
                }
            }
            System.out.printf("sign-in crowd: %d at once, answers %s%n", crowd, statuses);
            assertEquals(Map.of(), statuses.entrySet().stream().filter(e -> e.getKey() != 401 && e.getKey() != 503)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertTrue(busy != null, "some were told to come back: " + statuses);
            assertTrue(busy.toLowerCase().contains("retry-after: 1") && busy.contains("SIGN_IN_BUSY"), busy);
        } finally {
            clients.shutdownNow();
        }
    }

    private static void locked(ValidatableResponse response, long retryAfterAtMost) {
        Api.problem(response, 429, "SIGN_IN_LOCKED").header("Retry-After", Integer::parseInt,
                allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo((int) retryAfterAtMost)));
    }

    private static long refusalMillis(String username) {
        long start = System.nanoTime();
        as(username, "not-the-password").get(QUEUE).then().statusCode(401);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }

    private static long auditRows(String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'SIGN_IN_LOCKED' and actor = 'public' and detail like ?1", "%" + detailContains + "%"));
    }
}
