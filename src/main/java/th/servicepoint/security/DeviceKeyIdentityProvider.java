package th.servicepoint.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns an active device key into an identity with role KIOSK or DISPLAY. Kiosks and screens send their key with every
 * request, so the lookup is one plain query outside any transaction.
 */
@ApplicationScoped
public class DeviceKeyIdentityProvider implements IdentityProvider<DeviceKeyAuthenticationRequest> {

    public static final String DEVICE_ID = "deviceId";
    public static final String SERVICE_POINT_ID = "servicePointId";

    private static final String LOOKUP = "select id, name, kind, service_point_id from device_key"
            + " where key_hash = ? and active";

    private final DataSource dataSource;

    DeviceKeyIdentityProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Class<DeviceKeyAuthenticationRequest> getRequestType() {
        return DeviceKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(DeviceKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(request.key()));
    }

    private SecurityIdentity identityOf(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lookup = connection.prepareStatement(LOOKUP)) {
            lookup.setString(1, DeviceKey.hash(key));
            try (ResultSet device = lookup.executeQuery()) {
                if (!device.next()) {
                    throw new AuthenticationFailedException();
                }
                QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("device:" + device.getString("name")))
                        .addRole(device.getString("kind"))
                        .addAttribute(DEVICE_ID, device.getLong("id"));
                long servicePointId = device.getLong("service_point_id");
                if (!device.wasNull()) {
                    identity.addAttribute(SERVICE_POINT_ID, servicePointId);
                }
                return identity.build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a device key", e);
        }
    }
}
