package th.servicepoint.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Where every request enters, on the event loop, before anything can take a worker thread for it. A client with too
 * many requests in progress (its address, and its device key when it sends one) is refused at once with 429; then the
 * whole body is read, and a body not complete within {@code servicepoint.requests.body-timeout} gets 408 and its
 * connection closed.
 * <p>
 * Quarkus REST reads the body of a blocking endpoint on the endpoint's worker thread, waiting up to
 * {@code quarkus.http.read-timeout} (60 s) for it: clients that sent headers and then stalled held one worker each, and
 * a few hundred of them stopped every request. Given a body read here, Quarkus REST uses it as it is. HTTP/2 (only a
 * client that upgrades a plain connection itself speaks it here; a reverse proxy speaks HTTP/1.1) keeps the cap and the
 * deadline, but its body is read by the endpoint.
 */
@ApplicationScoped
public class RequestIntake {

    private static final Logger LOG = Logger.getLogger(RequestIntake.class);
    /**
     * Before Quarkus's own body handler (installed for form sign-in, at the lowest order but one), so that the body
     * is read once, here, under the timeout.
     */
    private static final int ORDER = Integer.MIN_VALUE;
    /** Requests in progress finish within seconds; a refused client may try again after this. */
    private static final long RETRY_AFTER_SECONDS = 1;

    private final IntakeSettings settings;
    private final ObjectMapper json;
    private final InFlightRequests inFlight = new InFlightRequests();
    private final BodyHandler body;

    RequestIntake(IntakeSettings settings, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.settings = settings;
        this.json = json;
        // no endpoint takes file uploads, so none are written to disk
        this.body = BodyHandler.create(false).setBodyLimit(maxBody.asLongValue());
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit).failureHandler(this::clientGone);
    }

    private void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            // a screen's socket stays open all day and has no body: live/ limits what one screen can do
            context.next();
            return;
        }
        String address = "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        if (!inFlight.tryEnter(address, settings.maxConcurrentPerAddress())) {
            refuseBusy(context);
            return;
        }
        context.addEndHandler(done -> inFlight.leave(address));
        String deviceKey = DeviceKeySource.of(request);
        if (deviceKey != null) {
            String device = "device:" + Tokens.sha256(deviceKey);
            if (!inFlight.tryEnter(device, settings.maxConcurrentPerDevice())) {
                refuseBusy(context);
                return;
            }
            context.addEndHandler(done -> inFlight.leave(device));
        }
        if (!mayHaveBody(request)) {
            context.next();
            return;
        }
        long deadline = context.vertx().setTimer(settings.bodyTimeout().toMillis(), fired -> bodyTooSlow(context));
        context.addEndHandler(done -> context.vertx().cancelTimer(deadline));
        if (readsItsOwnBody(request)) {
            context.next();
            return;
        }
        body.handle(context);
    }

    /**
     * Left to read their own body, within the same deadline: HTTP/2 requests, since Quarkus REST pauses every request
     * it takes on, which an HTTP/2 stream refuses once its body is read (the deadline resets a stalled stream, which
     * frees the worker reading it); and forms, which only the sign-in form sends here, read by Quarkus's form
     * authentication itself, on the event loop, and refused by it once read ahead.
     */
    private static boolean readsItsOwnBody(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return request.version() == HttpVersion.HTTP_2 || type != null
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static boolean mayHaveBody(HttpServerRequest request) {
        return request.version() == HttpVersion.HTTP_2 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                        && !"0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH));
    }

    /** The body handler fails the request when its client goes away while sending: nobody is left to answer. */
    private void clientGone(RoutingContext context) {
        if (context.failure() instanceof HttpClosedException) {
            LOG.debugf("The client of a request to %s went away while sending", context.request().path());
            return;
        }
        context.next();
    }

    private void refuseBusy(RoutingContext context) {
        LOG.debugf("Refused a request to %s: its client has too many in progress", context.request().path());
        send(context, new TooManyRequests(RETRY_AFTER_SECONDS, "TOO_MANY_CONCURRENT_REQUESTS",
                "มีคำขอจากเครื่องนี้ค้างอยู่มากเกินไป กรุณารอสักครู่แล้วลองใหม่",
                "This client has too many requests in progress; wait a moment and try again"));
    }

    private void bodyTooSlow(RoutingContext context) {
        if (context.request().isEnded() || context.response().headWritten()) {
            return;
        }
        LOG.debugf("Closed a request to %s: its body did not arrive in %s", context.request().path(),
                settings.bodyTimeout());
        send(context, new ProblemException(408, "REQUEST_BODY_TIMEOUT",
                "ส่งข้อมูลช้าเกินไป กรุณาตรวจสอบการเชื่อมต่อแล้วลองใหม่",
                "The request body did not arrive in time; check the connection and try again"));
    }

    /** Answers with a problem; a body left unread leaves the connection unusable, so it is then closed. */
    private void send(RoutingContext context, ProblemException problem) {
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem instanceof RetryLater retry) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retry.retryAfter()));
        }
        boolean unreadBody = !context.request().isEnded();
        if (unreadBody && context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        response.end(render(problem)).onComplete(sent -> {
            if (unreadBody) {
                if (context.request().version() == HttpVersion.HTTP_2) {
                    response.reset();
                } else {
                    context.request().connection().close();
                }
            }
        });
    }

    private String render(ProblemException problem) {
        try {
            return json.writeValueAsString(
                    Problem.of(problem.status(), problem.code(), problem.messageTh(), problem.getMessage(), List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is plain text and numbers", e);
        }
    }
}
