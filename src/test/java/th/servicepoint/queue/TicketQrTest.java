package th.servicepoint.queue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.problem;
import static th.servicepoint.support.OpenApiContract.UNCHECKED_REQUEST;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The kiosk prints a QR code on the ticket that opens the citizen's tracking page. */
@QuarkusTest
class TicketQrTest {

    private static final String BASE = "/api/v1/tickets/{token}/";

    @Inject
    Fixtures fixtures;

    @ConfigProperty(name = "servicepoint.survey.public-base-url")
    String publicBaseUrl;

    @Test
    void theIssuedTicketCarriesItsTrackingAddress() {
        Site site = fixtures.site().service("A").create();
        JsonPath ticket = issue(site, "A");
        assertEquals(publicBaseUrl + "/ticket/?t=" + ticket.getString("trackingToken"),
                ticket.getString("trackingUrl"));
    }

    @Test
    void thePngDecodesToTheTrackingAddress() throws Exception {
        Site site = fixtures.site().service("A").create();
        JsonPath ticket = issue(site, "A");
        byte[] png = given().queryParam("size", 400).get(BASE + "qr.png", ticket.getString("trackingToken")).then()
                .statusCode(200).contentType("image/png").header("Cache-Control", "private, max-age=3600").extract()
                .asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(400, image.getWidth());
        assertEquals(ticket.getString("trackingUrl"), decode(image));
    }

    @Test
    void theSvgIsAQrCodeImageForAnyone() {
        Site site = fixtures.site().service("A").create();
        String token = issue(site, "A").getString("trackingToken");
        String svg = given().get(BASE + "qr.svg", token).then().statusCode(200).contentType("image/svg+xml")
                .header("Cache-Control", "private, max-age=3600").extract().asString();
        assertTrue(svg.startsWith("<svg") && svg.contains("<path"), svg);
    }

    @Test
    void anUnknownTokenOrASizeOutOfRangeIsRefused() {
        problem(given().get(BASE + "qr.svg", "no-such-token").then(), 404, "TICKET_NOT_FOUND");
        problem(given().get(BASE + "qr.png", "no-such-token").then(), 404, "TICKET_NOT_FOUND");
        Site site = fixtures.site().service("A").create();
        String token = issue(site, "A").getString("trackingToken");
        problem(given().filter(UNCHECKED_REQUEST).queryParam("size", 5000).get(BASE + "qr.png", token).then(), 422, "INVALID");
        problem(given().filter(UNCHECKED_REQUEST).queryParam("size", 10).get(BASE + "qr.png", token).then(), 422, "INVALID");
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
