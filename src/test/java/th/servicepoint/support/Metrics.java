package th.servicepoint.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/** What Prometheus would read from {@code /q/metrics} on the management port: one scrape, in its text format. */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    private final String text;

    private Metrics(String text) {
        this.text = text;
    }

    public static Metrics scrape() {
        return new Metrics(given().accept("text/plain").get(TestHTTPResourceManager.getManagementUri() + "/metrics").then()
                .statusCode(200).extract().asString());
    }

    public static String scrapeText() {
        return scrape().text;
    }

    /** The sample of this name with exactly these labels; empty when the series is not exposed. */
    public OptionalDouble value(String name, Map<String, String> labels) {
        return text.lines().map(SAMPLE::matcher).filter(Matcher::matches)
                .filter(sample -> sample.group(1).equals(name) && labels(sample.group(2)).equals(labels))
                .mapToDouble(sample -> Double.parseDouble(sample.group(3))).findFirst();
    }

    /** The sample of this name with exactly these labels, failing when the series is not exposed. */
    public double get(String name, Map<String, String> labels) {
        return value(name, labels).orElseThrow(() -> new AssertionError("no sample " + name + labels + " in /q/metrics"));
    }

    /** Every value label {@code label} takes in the samples of this name. */
    public Set<String> labelValues(String name, String label) {
        return text.lines().map(SAMPLE::matcher).filter(Matcher::matches)
                .filter(sample -> sample.group(1).equals(name)).map(sample -> labels(sample.group(2)).get(label))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Map<String, String> labels(String list) {
        Map<String, String> labels = new HashMap<>();
        if (list != null) {
            Matcher label = LABEL.matcher(list);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
