package th.servicepoint.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.catalog.Catalog;
import th.servicepoint.catalog.RemoteJoin;
import th.servicepoint.site.OpeningHours;

/**
 * Finds the service a kiosk asks for with one plain query: every kiosk request needs it, and loading the service
 * point and its services as entities costs more than the rest of issuing. Anything wrong (unknown service point or
 * letter, inactive service) comes back empty, for {@link Catalog} to explain.
 */
@ApplicationScoped
class IssueTargets {

    private static final String SERVICES = """
            select sp.id sp_id, sp.time_zone, sp.opens_at, sp.closes_at, sp.open_days, sp.issue_outside_hours, s.id, s.prefix, s.name_th, s.name_en, s.daily_cap, s.active,
                s.remote_join, s.remote_share_percent, s.remote_daily_max, s.remote_opens_at, s.remote_closes_at
            from service_point sp join service s on s.service_point_id = sp.id where sp.code = ?
            """;

    private final DataSource dataSource;

    IssueTargets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<IssueTarget> find(String servicePointCode, String prefix) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SERVICES)) {
            query.setString(1, servicePointCode);
            try (ResultSet services = query.executeQuery()) {
                while (services.next()) {
                    if (Catalog.sameLetter(services.getString("prefix"), prefix)) {
                        return services.getBoolean("active") ? Optional.of(target(services)) : Optional.empty();
                    }
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up service " + prefix + " at " + servicePointCode, e);
        }
    }

    private static IssueTarget target(ResultSet service) throws SQLException {
        OpeningHours hours = OpeningHours.of(service.getString("time_zone"),
                service.getObject("opens_at", LocalTime.class), service.getObject("closes_at", LocalTime.class),
                service.getString("open_days"));
        return new IssueTarget(service.getLong("sp_id"), hours, service.getBoolean("issue_outside_hours"),
                service.getLong("id"), service.getString("prefix"), service.getString("name_th"),
                service.getString("name_en"), service.getObject("daily_cap", Integer.class), remote(service));
    }

    private static RemoteJoin remote(ResultSet service) throws SQLException {
        return new RemoteJoin(service.getBoolean("remote_join"), service.getObject("remote_share_percent", Integer.class),
                service.getObject("remote_daily_max", Integer.class),
                service.getObject("remote_opens_at", LocalTime.class),
                service.getObject("remote_closes_at", LocalTime.class));
    }
}
