package th.servicepoint.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request without a body needs no Content-Type, yet JAX-RS refuses one without it with 415 wherever a body is
 * optional (a clerk's {@code cancel} with no reason). Such a request is read as empty JSON, which those endpoints
 * take as "no body"; a body of any other type is still refused.
 */
public class BodilessRequests {

    @ServerRequestFilter(preMatching = true)
    public void emptyJson(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && hasNoBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /**
     * HTTP/1.1 (RFC 9112 6.3): a request has a body only when it says how long it is or that it is chunked. Over HTTP/2
     * a body may come without a length; without a Content-Type it is then read as JSON instead of refused with 415.
     */
    private static boolean hasNoBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") == null && (length == null || length.strip().equals("0"));
    }
}
