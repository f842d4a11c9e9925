package th.servicepoint.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import th.servicepoint.security.DeviceKeyRevoked;

/**
 * Tells every instance that a device key was revoked, so each closes the screens the key has open there. The NOTIFY is
 * sent on the revoking transaction's connection: PostgreSQL delivers it when that transaction commits, and never if it
 * rolls back. An instance that was not listening at that moment checks its screens' keys when it listens again.
 */
@ApplicationScoped
class KeyRevocations {

    static final String CHANNEL = "device_key_revoked";

    private final DataSource dataSource;

    KeyRevocations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void announce(@Observes DeviceKeyRevoked revoked) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, Long.toString(revoked.deviceId()));
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not announce the revocation of device key " + revoked.deviceId(), e);
        }
    }
}
