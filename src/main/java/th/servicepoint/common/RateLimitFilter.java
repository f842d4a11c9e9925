package th.servicepoint.common;

import java.util.Optional;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/** Refuses a request to a {@link RateLimited} endpoint once its client has used up the minute's allowance. */
public class RateLimitFilter {

    private final RateLimiter limiter;

    RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ResourceInfo resource, HttpServerRequest request) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            return Optional.empty();
        }
        long retryAfter = limiter.retryAfter(limited.value(), request.remoteAddress().hostAddress());
        if (retryAfter == 0) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.retryLater(new TooManyRequests(retryAfter, "TOO_MANY_REQUESTS",
                "ส่งคำขอถี่เกินไป กรุณารอ " + retryAfter + " วินาทีแล้วลองใหม่",
                "Too many requests; please wait " + retryAfter + " seconds and try again")));
    }
}
