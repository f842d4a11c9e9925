package th.servicepoint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * The listener's connection serves the screens of every agency: after a reconnect it must find the revoked keys of
 * any of them ({@link LiveHub#closeRevoked}), so it is taken in the installation's scope, not in none.
 */
@QuarkusTest
class JournalListenerScopeTest {

    @Inject
    JournalListener listener;
    @Inject
    Fixtures fixtures;

    @Test
    void theListenersConnectionSeesTheDeviceKeysOfEveryAgency() throws Exception {
        long other = Agencies.create(Fixtures.unique("listener"));
        Site theirs = fixtures.inAgency(other).site().service("A").create();
        Site ours = fixtures.site().service("A").create();
        try (Connection connection = listener.installationConnection();
                PreparedStatement keys = connection.prepareStatement(
                        "select count(distinct k.agency_id) from device_key k join service_point p"
                                + " on p.id = k.service_point_id where p.code in (?, ?)")) {
            keys.setString(1, theirs.code());
            keys.setString(2, ours.code());
            try (ResultSet rows = keys.executeQuery()) {
                rows.next();
                assertEquals(2, rows.getInt(1));
            }
        }
    }
}
