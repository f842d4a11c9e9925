package th.servicepoint.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives every connection taken from the pool the scope of the work taking it (V20__agencies.sql): within a
 * transaction the connection is taken once, so the whole transaction runs in one scope. Until the service has started
 * the connections are Flyway's, which must see and change everything, and the scope function may not exist yet.
 */
@ApplicationScoped
public class AgencyScopedConnections implements AgroalPoolInterceptor {

    private static final String ENTER = "select servicepoint_enter_scope(?, ?, ?, ?, ?)";

    private final AgencyScopes scopes;
    private volatile boolean started;

    AgencyScopedConnections(AgencyScopes scopes) {
        this.scopes = scopes;
    }

    void migrated(@Observes @Priority(1) StartupEvent event) {
        started = true;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!started) {
            return;
        }
        AgencyScope scope = scopes.current();
        try {
            Connection physical = connection.unwrap(PGConnection.class) instanceof Connection pg ? pg : connection;
            // outside the transaction about to begin: its first statement may have to be SET TRANSACTION
            boolean autoCommit = physical.getAutoCommit();
            if (!autoCommit) {
                physical.setAutoCommit(true);
            }
            enter(physical, scope);
            if (!autoCommit) {
                physical.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the connection its agency scope", e);
        }
    }

    private static void enter(Connection connection, AgencyScope scope) throws SQLException {
        try (PreparedStatement enter = connection.prepareStatement(ENTER)) {
            if (scope.agency() == null) {
                enter.setNull(1, Types.BIGINT);
            } else {
                enter.setLong(1, scope.agency());
            }
            enter.setString(2, scope.agencies());
            enter.setBoolean(3, scope.corruption());
            enter.setString(4, scope.publicKey() == null ? null : scope.publicKey().name());
            enter.setString(5, scope.publicKey() == null ? null : scope.publicKey().value());
            enter.execute();
        }
    }
}
