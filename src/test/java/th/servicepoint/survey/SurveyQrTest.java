package th.servicepoint.survey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The counter screen shows the survey link of the ticket just completed as a QR code. */
@QuarkusTest
class SurveyQrTest {

    private static final String BASE = "/api/v1/survey-invitations/{token}/";

    @Inject
    Fixtures fixtures;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
    }

    @Test
    void thePngDecodesToTheSurveyLinkOfTheCompletedTicket() throws Exception {
        Visits.Visit visit = Visits.serve(site);
        byte[] png = given().queryParam("size", 400).get(BASE + "qr.png", visit.token()).then().statusCode(200)
                .contentType("image/png").header("Cache-Control", "private, max-age=3600").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(400, image.getWidth());
        assertEquals(visit.surveyUrl(), QrCodesTest.decode(image));
    }

    @Test
    void theSvgIsAQrCodeImage() {
        Visits.Visit visit = Visits.serve(site);
        String svg = given().get(BASE + "qr.svg", visit.token()).then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertTrue(svg.startsWith("<svg") && svg.contains("<path"), svg);
    }

    @Test
    void anUnknownTokenOrASizeOutOfRangeIsRefused() {
        problem(given().get(BASE + "qr.png", "no-such-token").then(), 404, "SURVEY_NOT_FOUND");
        problem(given().get(BASE + "qr.svg", "no-such-token").then(), 404, "SURVEY_NOT_FOUND");
        String token = Visits.serve(site).token();
        problem(given().filter(UNCHECKED_REQUEST).queryParam("size", 5000).get(BASE + "qr.png", token).then(), 422, "INVALID");
        problem(given().filter(UNCHECKED_REQUEST).queryParam("size", 10).get(BASE + "qr.png", token).then(), 422, "INVALID");
    }
}
