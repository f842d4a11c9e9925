package th.servicepoint.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import th.servicepoint.common.QrCodes;

/** The QR codes decode back to the link they were made from. */
class QrCodesTest {

    private static final String URL = "https://queue.example.go.th/survey/?t=Qx3sVt0cJ2l7p9bq-Ke4YhWm1nRz8uDf5aXo6gIiLsA";

    private final QrCodes codes = new QrCodes();

    @Test
    void pngDecodesToTheUrlAtTheAskedSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(codes.png(URL, 300)));
        assertEquals(300, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(URL, decode(image));
    }

    @Test
    void svgHasOneSquarePerDarkModuleAndAQuietZone() {
        String svg = codes.svg(URL);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), svg);
        assertTrue(svg.contains("M4,4h1v1h-1z"), "the finder pattern starts after the four-module quiet zone");
        assertTrue(!svg.contains("M0,0h1"), "no dark module in the quiet zone");
    }

    /** Decodes an image that holds only the code, as the images drawn here do (a pure barcode, in ZXing's words). */
    static String decode(BufferedImage image) throws ReaderException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
