package th.servicepoint.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of the public links (survey invitations and posters, ticket tracking), drawn by ZXing: PNG for screens and printers,
 * SVG for posters that are scaled up. Error
 * correction M survives a scratched printout or a phone camera at an angle; the quiet zone is the standard four
 * modules, which phone cameras need to find the code.
 */
@ApplicationScoped
public class QrCodes {

    /** Below this a survey link's code has under four pixels a module, too small for cameras to read reliably. */
    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 2000;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

    /** A square PNG of {@code size} pixels; 422 outside {@link #MIN_SIZE}–{@link #MAX_SIZE}. */
    public byte[] png(String text, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "ขนาดภาพต้องอยู่ระหว่าง " + MIN_SIZE + " ถึง " + MAX_SIZE + " พิกเซล",
                    "The size must be between " + MIN_SIZE + " and " + MAX_SIZE + " pixels");
        }
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(matrix(text, size), "PNG", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a QR code PNG", e);
        }
    }

    /** An SVG with one square per dark module, scalable without blur. */
    public String svg(String text) {
        BitMatrix matrix = matrix(text, 0);
        int width = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", e);
        }
    }
}
