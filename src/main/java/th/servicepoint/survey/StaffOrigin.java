package th.servicepoint.survey;

import java.net.InetAddress;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Tells whether a survey answer comes from staff: from one of {@code servicepoint.survey.staff-networks}, or with any
 * credentials (a staff account's password or session, a device key). Citizens answer anonymously from their own
 * phones, so either is a sign the answer is not a citizen's. The address is read from the request as Quarkus gives it:
 * the proxy's forwarded address only where {@code quarkus.http.proxy.*} trusts that proxy, never a header taken on
 * faith.
 */
@ApplicationScoped
class StaffOrigin {

    private final List<CidrAddress> networks;
    private final SecurityIdentity identity;

    StaffOrigin(SurveySettings settings, SecurityIdentity identity) {
        this.networks = settings.staffNetworks().orElse(List.of()).stream().map(String::strip)
                .filter(network -> !network.isEmpty()).map(StaffOrigin::parse).toList();
        this.identity = identity;
    }

    boolean of(HttpServerRequest request) {
        return !identity.isAnonymous() || inStaffNetwork(request.remoteAddress());
    }

    private boolean inStaffNetwork(SocketAddress client) {
        if (networks.isEmpty() || client == null || client.hostAddress() == null) {
            return false;
        }
        InetAddress address = Inet.parseInetAddress(client.hostAddress());
        return address != null && networks.stream().anyMatch(network -> network.matches(address));
    }

    /** A CIDR range, or a single address as a range of one; a mistake stops the start, naming the setting. */
    private static CidrAddress parse(String network) {
        CidrAddress range = network.contains("/") ? Inet.parseCidrAddress(network) : single(network);
        if (range == null) {
            throw new IllegalArgumentException("servicepoint.survey.staff-networks: '" + network
                    + "' is neither a CIDR range (10.0.0.0/8, fd00::/8) nor an IP address");
        }
        return range;
    }

    private static CidrAddress single(String network) {
        InetAddress address = Inet.parseInetAddress(network);
        return address == null ? null : CidrAddress.create(address, address.getAddress().length * 8);
    }
}
