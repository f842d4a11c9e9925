package th.servicepoint.common;

import io.vertx.core.http.HttpServerRequest;

/**
 * Where a kiosk or screen puts its key: header {@code X-Device-Key}, or {@code ?key=} where a header cannot be set (a
 * browser WebSocket, a bookmarked screen URL).
 */
public final class DeviceKeySource {

    public static final String HEADER = "X-Device-Key";
    public static final String QUERY = "key";

    private DeviceKeySource() {
    }

    /** The key the request carries, or null. */
    public static String of(HttpServerRequest request) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            key = request.getParam(QUERY);
        }
        return key == null || key.isBlank() ? null : key;
    }
}
