package th.servicepoint.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import th.servicepoint.common.Problem;

/**
 * Refuses POST, PUT, PATCH and DELETE that a browser sends from another site's page (its Origin is not ours): a
 * signed-in admin visiting a hostile page must not revoke a device key or change a user by that page's script or form,
 * whatever credentials the browser adds by itself. Requests without Origin (scripts, curl, kiosks) and from the
 * service's own pages pass; the check runs before anyone is signed in, the form sign-in included.
 */
@ApplicationScoped
public class ForeignOriginGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Set<String> allowed;
    private final byte[] refusal;

    ForeignOriginGuard(EdgeSettings settings, ObjectMapper json) throws JsonProcessingException {
        this.allowed = settings.allowedOrigins().orElse(Set.of()).stream().map(ForeignOriginGuard::normalized)
                .collect(Collectors.toUnmodifiableSet());
        this.refusal = json.writeValueAsBytes(Problem.of(403, "FOREIGN_ORIGIN",
                "หน้าเว็บของเว็บไซต์อื่นส่งคำขอเปลี่ยนแปลงข้อมูลมาไม่ได้ กรุณาเปิดหน้าจอของระบบนี้โดยตรงแล้วลองใหม่",
                "A page of another site may not send changes here; open this service's own screen and try again",
                List.of()));
    }

    void install(@Observes Router router) {
        // among Quarkus's earliest handlers, right after SecurityHeaders (so the refusal carries its headers too): no one
        // is signed in and no resource runs for a refused request
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (SAFE.contains(request.method()) || origin == null || ours(origin, request)
                || allowed.contains(normalized(origin))) {
            context.next();
            return;
        }
        context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(refusal));
    }

    /**
     * The Origin names the scheme, host and port this request reached, as a trusted proxy says they were
     * (X-Forwarded-Proto, and X-Forwarded-Port when the public port is not the scheme's default).
     */
    private static boolean ours(String origin, HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return false;
        }
        String scheme = request.scheme();
        int port = authority.port() > 0 ? authority.port() : defaultPort(scheme);
        return normalized(origin).equals(scheme + "://" + authority.host().toLowerCase(Locale.ROOT) + ":" + port);
    }

    /** scheme://host:port in lower case with the port always written, so that https://a and https://a:443 are one. */
    private static String normalized(String origin) {
        try {
            URI uri = new URI(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(scheme);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            // "null" (a sandboxed page, a file) and anything unreadable match no origin
            return origin;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
