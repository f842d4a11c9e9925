package th.servicepoint.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's request for one message, made from the settings' templates: {@code {phone}}, {@code {message}},
 * {@code {ticket}} (the ticket number) and {@code {reference}} (the notice's retry key, the same on every attempt, for
 * a gateway that refuses a reference it has seen) are replaced, each escaped for where it stands, so a text can never
 * change the shape of the request.
 */
final class SmsRequests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(phone|message|ticket|reference)}");

    private final SmsSettings settings;
    private final String urlTemplate;
    private final Header auth;
    private final UnaryOperator<String> bodyEscape;

    /** A header line split into its name and value. */
    record Header(String name, String value) {
        static Header parse(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                // the line is a credential: the message names the setting, never the value
                throw new IllegalArgumentException(
                        "servicepoint.notify.sms.auth-header must be one header line, Name: value");
            }
            return new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
    }

    SmsRequests(SmsSettings settings) {
        this.settings = settings;
        this.urlTemplate = settings.urlTemplate().orElseThrow();
        this.auth = settings.authHeader().filter(line -> !line.isBlank()).map(Header::parse).orElse(null);
        this.bodyEscape = escapeFor(settings.contentType());
        // a template that cannot make a URI is a setting to fix now, not a failure on every message later
        URI.create(fill(urlTemplate, Map.of("phone", "0", "message", "x", "ticket", "A001", "reference", "r"),
                SmsRequests::urlEncoded));
    }

    HttpRequest request(ThaiMobile number, String text, Notice notice) {
        Map<String, String> values = Map.of("phone", number.format(settings.phoneFormat()), "message", text, "ticket",
                notice.ticketNumber() == null ? "" : notice.ticketNumber(), "reference",
                notice.retryKey() == null ? String.valueOf(notice.id()) : notice.retryKey().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fill(urlTemplate, values, SmsRequests::urlEncoded)))
                .timeout(settings.timeout());
        if (auth != null) {
            request.header(auth.name(), auth.value());
        }
        if (settings.method() == SmsSettings.Method.GET) {
            return request.GET().build();
        }
        String body = fill(settings.bodyTemplate(), values, bodyEscape);
        return request.header("Content-Type", settings.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(values.get(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static UnaryOperator<String> escapeFor(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return SmsRequests::jsonEscaped;
        }
        if (type.contains("x-www-form-urlencoded")) {
            return value -> URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        if (type.contains("xml")) {
            return SmsRequests::xmlEscaped;
        }
        return UnaryOperator.identity();
    }

    /** Percent-encoded for any part of a URL: a space is %20, which a path reads as a space too (a + it would not). */
    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The inside of a JSON string: the template writes the quotes. */
    static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String xmlEscaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
