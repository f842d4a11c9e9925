package th.servicepoint.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The screens' files (kiosk-web/, served from META-INF/resources) are revalidated on every use instead of being cached
 * as immutable for a day: their URLs carry no version, so an upgrade must reach a phone or a kiosk on its next load. A
 * browser asks with the file's ETag (a hash of its content) and gets 304 without a body when it is unchanged.
 */
@ApplicationScoped
public class ScreenFiles {

    private static final String ROOT = "META-INF/resources";
    private static final String REVALIDATE = "no-cache";

    /** ETags of the files found so far; a path that names no file is not kept, so probing cannot grow it. */
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    /** Dev mode serves an edited file without a restart: its ETag must follow, so none is kept there. */
    private final boolean keep = LaunchMode.current() != LaunchMode.DEVELOPMENT;

    void install(@Observes Router router) {
        // before Quarkus's static file handler (which would send Cache-Control: public, immutable, max-age=86400)
        router.route().order(-1).handler(this::revalidate);
    }

    private void revalidate(RoutingContext context) {
        HttpMethod method = context.request().method();
        Optional<String> etag = method == HttpMethod.GET || method == HttpMethod.HEAD
                ? etagOf(context.normalizedPath())
                : Optional.empty();
        if (etag.isEmpty()) {
            context.next();
            return;
        }
        String tag = etag.get();
        if (matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            context.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, tag)
                    .putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE).end();
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 200) {
                context.response().headers().set(HttpHeaders.ETAG, tag).set(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            }
        });
        context.next();
    }

    /**
     * Weak, because the same content may go out gzip-compressed or not; weak comparison is what If-None-Match uses
     * anyway.
     */
    private Optional<String> etagOf(String path) {
        if (path == null || path.startsWith("/api/") || path.startsWith("/ws/") || path.startsWith("/q/")
                || path.contains("..")) {
            return Optional.empty();
        }
        String file = path.endsWith("/") ? path + "index.html" : path;
        String known = etags.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        URL resource = ScreenFiles.class.getClassLoader().getResource(ROOT + file);
        if (resource == null || resource.getPath().endsWith("/")) {
            return Optional.empty();
        }
        try (InputStream content = resource.openStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            String etag = "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
            if (keep) {
                etags.put(file, etag);
            }
            return Optional.of(etag);
        } catch (IOException | NoSuchAlgorithmException e) {
            // an unreadable entry: no ETag, and the static handler answers as it would
            return Optional.empty();
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
