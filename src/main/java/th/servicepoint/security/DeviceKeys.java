package th.servicepoint.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.Tokens;

/**
 * Finds the active device a key belongs to. Kiosks and screens send their key with every request, so the lookup is
 * one plain query outside any transaction.
 */
@ApplicationScoped
public class DeviceKeys {

    /**
     * An active device; {@code servicePointId} is null for a device allowed at every service point, {@code counterId}
     * is set only for a COUNTER screen.
     */
    public record Device(long id, String name, String kind, long agencyId, Long servicePointId, Long counterId) {

        public boolean mayWatch(long servicePoint) {
            return servicePointId == null || servicePointId == servicePoint;
        }

        public boolean is(DeviceKind kind) {
            return kind.name().equals(this.kind);
        }
    }

    /** A device of a deactivated agency is refused like a revoked one (the agency directory has no row security). */
    private static final String LOOKUP = "select id, name, kind, agency_id, service_point_id, counter_id from device_key"
            + " where key_hash = ? and active and (select a.active from agency a where a.id = device_key.agency_id)";

    private final DataSource dataSource;

    DeviceKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What is stored of a key: its SHA-256. Keys are long random strings, so a slow hash adds nothing and would cost
     * every display request.
     */
    public static String hash(String key) {
        return Tokens.sha256(key);
    }

    /** The active device with this key, in whichever agency: finding it is what tells the request's agency. */
    public Optional<Device> find(String key) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, () -> lookUp(key));
    }

    private Optional<Device> lookUp(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lookup = connection.prepareStatement(LOOKUP)) {
            lookup.setString(1, hash(key));
            try (ResultSet device = lookup.executeQuery()) {
                if (!device.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Device(device.getLong("id"), device.getString("name"),
                        device.getString("kind"), device.getLong("agency_id"), device.getObject("service_point_id", Long.class),
                        device.getObject("counter_id", Long.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a device key", e);
        }
    }
}
