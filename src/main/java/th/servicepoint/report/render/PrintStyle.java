package th.servicepoint.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.qute.RawString;

/**
 * The stylesheet of every printed report (templates/print/page.html): the Sarabun font inlined as {@code data:} URLs,
 * so a PDF or a saved HTML report needs neither host fonts nor the network, then A4 pages and tables
 * (report/print.css).
 */
@ApplicationScoped
@Named("printStyle")
public class PrintStyle {

    private static final String FONTS = "META-INF/resources/fonts/sarabun/";
    private static final Pattern FONT_FILE = Pattern.compile("url\\(([\\w.-]+\\.woff2)\\)");

    private final RawString css = new RawString(inlineFonts(read(FONTS + "sarabun.css")) + read("report/print.css"));

    /** Raw, for a {@code <style>} element: escaping would break the quotes of the CSS. */
    public RawString css() {
        return css;
    }

    private static String inlineFonts(String fontFaces) {
        Matcher file = FONT_FILE.matcher(fontFaces);
        StringBuilder inlined = new StringBuilder();
        while (file.find()) {
            String data = Base64.getEncoder().encodeToString(bytes(FONTS + file.group(1)));
            file.appendReplacement(inlined, "url(data:font/woff2;base64," + data + ")");
        }
        return file.appendTail(inlined).toString();
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PrintStyle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
