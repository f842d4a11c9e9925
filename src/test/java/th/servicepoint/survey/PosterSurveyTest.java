package th.servicepoint.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.admin;
import static th.servicepoint.support.Api.clerkOf;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.Fixtures.auditRowsAt;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;
import static th.servicepoint.survey.Visits.ALL_ANSWERED;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Fixtures.StoredResponse;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/** Open mode: a counter's printed poster QR that anyone may answer, once per client and interval, marked OPEN. */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class PosterSurveyTest {

    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
    }

    @Test
    void anAdminPrintsAPosterWhoseQrCodesCarryItsLink() throws Exception {
        JsonPath created = admin().post(posterPath(1)).then().statusCode(201)
                .body("counter.id", equalTo((int) site.counter(1))).body("counter.number", equalTo(1))
                .body("counter.servicePoint", equalTo(site.code())).body("createdAt", not(nullValue()))
                .extract().jsonPath();
        String url = created.getString("url");
        assertTrue(url.startsWith("http://localhost:8080/survey/?p="), url);
        assertEquals(1, auditRowsAt(site.code(), "SURVEY_POSTER_CREATE", "of counter 1 "));
        admin().get(posterPath(1)).then().statusCode(200).body("url", equalTo(url));

        String svg = admin().get(posterPath(1) + "/qr.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertEquals(url, QrCodesTest.decode(render(svg)));

        byte[] png = admin().get(posterPath(1) + "/qr.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertEquals(url, QrCodesTest.decode(image));
        byte[] small = admin().queryParam("size", 200).get(posterPath(1) + "/qr.png").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(200, ImageIO.read(new ByteArrayInputStream(small)).getWidth());

        for (int size : List.of(199, 2001)) {
            problem(admin().filter(UNCHECKED_REQUEST).queryParam("size", size).get(posterPath(1) + "/qr.png").then(), 422,
                    "INVALID")
                    .body("errors.field", equalTo(List.of("size")));
        }
    }

    @Test
    void aCounterWithoutAPosterHasNone() {
        problem(admin().get(posterPath(2)).then(), 404, "POSTER_NOT_FOUND");
        problem(admin().get(posterPath(2) + "/qr.svg").then(), 404, "POSTER_NOT_FOUND");
        problem(admin().post("/api/v1/admin/counters/{id}/poster", Long.MAX_VALUE).then(), 404, "NOT_FOUND");
    }

    @Test
    void onlyAnAdminMakesPosters() {
        openCounter(site, 1);
        problem(clerkOf(site, 1).post(posterPath(1)).then(), 403, "FORBIDDEN");
        problem(given().filter(UNCHECKED_REQUEST).post(posterPath(1)).then(), 401, "UNAUTHENTICATED");
        problem(admin().get(posterPath(1)).then(), 404, "POSTER_NOT_FOUND");
    }

    @Test
    void aCitizenAnswersThroughThePosterAsAnOpenResponseOfTheCounter() {
        String token = createPoster(1);
        survey(token).statusCode(200).body("mode", equalTo("OPEN")).body("service", nullValue())
                .body("counter.number", equalTo(1)).body("servicePoint.code", equalTo(site.code()))
                .body("expiresAt", nullValue()).body("comment.maxLength", equalTo(1000))
                .body("items.code", hasItems("E1", "E1.1", "OVERALL"));

        answer(token, ALL_ANSWERED, "ป้ายบอกทางชัดเจน").statusCode(201).body("thanksTh", not(nullValue()));

        List<StoredResponse> stored = fixtures.posterResponsesOf(site.counter(1));
        assertEquals(1, stored.size());
        StoredResponse response = stored.get(0);
        assertEquals(ResponseMode.OPEN, response.mode());
        assertEquals(site.counter(1), response.counterId());
        assertNull(response.clerk());
        assertEquals(ALL_ANSWERED, response.answers());
        assertEquals(100, response.points().get("E1.1"));
        assertEquals("ป้ายบอกทางชัดเจน", response.comment());
    }

    @Test
    void oneClientAnswersThroughAPosterOncePerInterval() {
        String first = createPoster(1);
        String other = createPoster(2);
        clock.set("2031-05-01T03:00:00Z");
        answer(first, ALL_ANSWERED, null).statusCode(201);

        problem(answer(first, ALL_ANSWERED, null), 429, "SURVEY_ANSWERED_RECENTLY").header("Retry-After", "600")
                .body("detail", startsWith("You answered through this poster"));
        answer(other, ALL_ANSWERED, null).statusCode(201);

        clock.advance(Duration.ofMinutes(9));
        problem(answer(first, ALL_ANSWERED, null), 429, "SURVEY_ANSWERED_RECENTLY").header("Retry-After", "60");
        clock.advance(Duration.ofMinutes(1));
        answer(first, ALL_ANSWERED, null).statusCode(201);

        assertEquals(2, fixtures.posterResponsesOf(site.counter(1)).size());
        assertEquals(1, fixtures.posterResponsesOf(site.counter(2)).size());
    }

    @Test
    void aReplacedPosterStopsWorking() {
        String old = createPoster(1);
        String current = createPoster(1);
        problem(survey(old), 404, "SURVEY_NOT_FOUND");
        problem(answer(old, ALL_ANSWERED, null), 404, "SURVEY_NOT_FOUND");
        problem(survey("no-such-poster"), 404, "SURVEY_NOT_FOUND");
        assertTrue(fixtures.posterResponsesOf(site.counter(1)).isEmpty());

        assertTrue(admin().get(posterPath(1)).then().statusCode(200).extract().jsonPath().getString("url")
                .endsWith("?p=" + current));
        answer(current, ALL_ANSWERED, null).statusCode(201);
    }

    @Test
    void everyBadAnswerIsNamedAndNothingIsStored() {
        String token = createPoster(1);
        Map<String, String> answers = new HashMap<>(ALL_ANSWERED);
        answers.remove("E2");
        answers.put("E3", "BEST");
        problem(answer(token, answers, null), 422, "INVALID").body("errors.field",
                containsInAnyOrder("answers.E2", "answers.E3"));
        problem(answer(token, ALL_ANSWERED, "ก".repeat(1001)), 422, "INVALID")
                .body("errors.field", equalTo(List.of("comment")));
        assertTrue(fixtures.posterResponsesOf(site.counter(1)).isEmpty());

        // a refused answer does not count against the client's interval
        answer(token, ALL_ANSWERED, "ก".repeat(1000)).statusCode(201);
    }

    @Test
    void theInvitationFlowStillRecordsInvitedAnswers() {
        createPoster(1);
        openCounter(site, 1);
        Visits.Visit visit = Visits.serve(site);
        Visits.survey(visit.token()).statusCode(200).body("mode", equalTo("INVITED"));
        Visits.answer(visit.token(), ALL_ANSWERED, null).statusCode(201);

        List<StoredResponse> stored = fixtures.responsesOf(visit.ticketId());
        assertEquals(ResponseMode.INVITED, stored.get(0).mode());
        assertEquals(site.clerk(1), stored.get(0).clerk());
        assertTrue(fixtures.posterResponsesOf(site.counter(1)).isEmpty());
    }

    @Test
    void theDatabaseRefusesAResponseWithoutItsInvitationOrPoster() {
        for (ResponseMode mode : List.of(ResponseMode.INVITED, ResponseMode.OPEN)) {
            String messages = refusal(() -> fixtures.insertResponseWithoutSource(mode));
            assertTrue(messages.contains("survey_response_source"), messages);
        }
        // STAFF is how reports count a marked answer, never a stored mode
        String messages = refusal(() -> fixtures.insertResponseWithoutSource(ResponseMode.STAFF));
        assertTrue(messages.contains("survey_response_mode_check"), messages);
    }

    private static String refusal(Executable insert) {
        Exception refused = assertThrows(Exception.class, insert);
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private String posterPath(int counter) {
        return "/api/v1/admin/counters/" + site.counter(counter) + "/poster";
    }

    /** Creates (or replaces) the counter's poster; returns its token. */
    private String createPoster(int counter) {
        String url = admin().post(posterPath(counter)).then().statusCode(201).extract().jsonPath().getString("url");
        return url.substring(url.indexOf("?p=") + 3);
    }

    private static ValidatableResponse survey(String posterToken) {
        return given().get("/api/v1/surveys/posters/{token}", posterToken).then();
    }

    private static ValidatableResponse answer(String posterToken, Map<String, String> answers, String comment) {
        Map<String, Object> body = comment == null ? Map.of("answers", answers)
                : Map.of("answers", answers, "comment", comment);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/surveys/posters/{token}/responses", posterToken).then();
    }

    /** Paints the SVG's modules, ten pixels each, as a phone camera would see the printed poster. */
    private static BufferedImage render(String svg) {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(size.find(), svg);
        int scale = 10;
        BufferedImage image = new BufferedImage(Integer.parseInt(size.group(1)) * scale,
                Integer.parseInt(size.group(2)) * scale, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            graphics.fillRect(Integer.parseInt(module.group(1)) * scale, Integer.parseInt(module.group(2)) * scale,
                    scale, scale);
        }
        graphics.dispose();
        return image;
    }
}
