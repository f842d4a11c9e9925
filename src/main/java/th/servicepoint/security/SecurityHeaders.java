package th.servicepoint.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers that tell a browser to keep our pages to themselves: no other site frames them, no response is read as a
 * type it does not declare, no address (with its ticket or survey token) leaks as a Referer, and, once seen over TLS,
 * the host is only ever reached over TLS again.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The screens load only their own files; QR codes and downloads are blob: or data: images, sockets go to the same
     * host ('self' covers ws: and wss: there), announcements are our own audio clips, no inline script or style.
     */
    static final String SCREEN_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob: data:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /**
     * API answers are data, never a page to frame; an HTML report keeps the policy written into it (meta), which a
     * second header policy would narrow.
     */
    static final String API_POLICY = "frame-ancestors 'none'";
    private static final String CSP = "Content-Security-Policy";

    private final String hsts;

    SecurityHeaders(EdgeSettings settings) {
        this.hsts = "max-age=" + settings.hstsMaxAge().toSeconds();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> secure(context));
            context.next();
        });
    }

    private void secure(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains(CSP)) {
            headers.set(CSP, context.normalizedPath().startsWith("/api/") ? API_POLICY : SCREEN_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        // scheme() is the proxy's X-Forwarded-Proto when it is trusted (quarkus.http.proxy.*), else the connection's
        if ("https".equals(context.request().scheme())) {
            headers.set("Strict-Transport-Security", hsts);
        }
    }
}
