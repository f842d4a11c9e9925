package th.servicepoint.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.FieldProblem;

/**
 * Where the service may POST a push message. A subscription's endpoint comes from a stranger's browser, and the
 * service sends to it from inside the agency's network: left free, anyone could make it POST to an internal address
 * (server-side request forgery). So an endpoint must be https, name a host (no address literal) among the push services
 * allowed ({@link WebPushSettings#allowedHosts()}: the browsers' own by default), and, when sending, that host must not
 * resolve to a loopback or private address (a public name can be pointed inward).
 */
@ApplicationScoped
class PushEndpoints {

    private static final int MAX_LENGTH = 2048;

    private final List<String> allowed;
    private final boolean anyHost;
    private final boolean privateHosts;

    PushEndpoints(WebPushSettings settings) {
        this.allowed = settings.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList();
        this.anyHost = allowed.contains("*");
        this.privateHosts = settings.allowPrivateHosts();
    }

    /** Why the endpoint may not be used (field {@code endpoint}); empty when it may. Looks nothing up. */
    Optional<FieldProblem> refusal(String endpoint) {
        if (endpoint.length() > MAX_LENGTH) {
            return refuse("ยาวเกิน " + MAX_LENGTH + " ตัวอักษร", "is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return refuse("ไม่ใช่ URL ที่ถูกต้อง", "is not a valid URL");
        }
        if (!"https".equals(uri.getScheme()) || uri.getRawAuthority() == null) {
            return refuse("ต้องเป็นที่อยู่ https ของบริการแจ้งเตือน", "must be an https address of a push service");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return refuse("ต้องเป็นที่อยู่ https ของบริการแจ้งเตือน ไม่มีชื่อผู้ใช้หรือส่วน #",
                    "must be an https address of a push service, without user name or #fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!privateHosts && (isAddressLiteral(host) || host.equals("localhost") || host.endsWith(".localhost"))) {
            return refuse("ต้องเป็นชื่อเครื่องของบริการแจ้งเตือน ไม่ใช่หมายเลขไอพีหรือเครื่องนี้",
                    "must name a push service's host, not an IP address or this machine");
        }
        if (!anyHost && allowed.stream().noneMatch(h -> host.equals(h) || host.endsWith("." + h))) {
            return refuse("ไม่ใช่บริการแจ้งเตือนของเบราว์เซอร์ที่ระบบนี้ส่งถึง (" + String.join(", ", allowed) + ")",
                    "is not a browser push service this system sends to (" + String.join(", ", allowed) + ")");
        }
        return Optional.empty();
    }

    /**
     * At sending time: whether the endpoint's host resolves to a public address only. A name that resolves inward is
     * refused even when its domain is allowed.
     *
     * @throws UnknownHostException when the name cannot be resolved now (a retry may succeed)
     */
    boolean reachesOnlyPublicAddresses(String endpoint) throws UnknownHostException {
        if (privateHosts) {
            return true;
        }
        for (InetAddress address : InetAddress.getAllByName(URI.create(endpoint).getHost())) {
            if (isPrivate(address)) {
                return false;
            }
        }
        return true;
    }

    /** The endpoint without its path: a push endpoint is a capability (whoever knows it may send), so never logged whole. */
    static String redacted(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            return uri.getScheme() + "://" + uri.getHost() + "/…#" + Integer.toHexString(endpoint.hashCode());
        } catch (URISyntaxException | RuntimeException e) {
            return "(unreadable endpoint)";
        }
    }

    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+") || host.matches("0x[0-9a-f.x]+");
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 198 && (second & 0xfe) == 18)
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local; ::ffff:a.b.c.d mapped IPv4 is resolved by the JDK to Inet4Address already
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }

    private static Optional<FieldProblem> refuse(String th, String en) {
        return Optional.of(new FieldProblem("endpoint", "endpoint " + th, "endpoint " + en));
    }
}
