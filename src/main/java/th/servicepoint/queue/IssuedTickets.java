package th.servicepoint.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.audit.AuditTrail;

/**
 * Inserts an issued ticket and its ISSUE audit row in one statement, so a kiosk request costs one round trip here
 * instead of two entity inserts and a flush. The columns are the ones {@link Ticket} and {@link AuditTrail} write;
 * the data source enlists the connection in the issuing transaction.
 */
@ApplicationScoped
class IssuedTickets {

    private static final String INSERT = """
            with issued as (
                insert into ticket (service_point_id, service_id, numbered_by_service_id, business_day, seq, number,
                    priority, channel, status, tracking_token, issued_at, queued_at, estimated_wait_minutes,
                    appointment_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?)
                returning id, service_point_id)
            insert into audit_entry (at, actor, user_id, device_id, action, service_point_id, ticket_id, detail)
            select ?, ?, ?, ?, 'ISSUE', service_point_id, id, ? from issued
            returning ticket_id
            """;

    private final DataSource dataSource;

    IssuedTickets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The new ticket's id. */
    long insert(NewTicket ticket, AuditTrail.Actor actor) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindTicket(insert, ticket);
            bindAudit(insert, actor, ticket.channel() + " " + ticket.priority());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong("ticket_id");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert ticket " + ticket.number(), e);
        }
    }

    private static void bindTicket(PreparedStatement insert, NewTicket ticket) throws SQLException {
        IssueTarget target = ticket.target();
        insert.setLong(1, target.servicePointId());
        insert.setLong(2, target.serviceId());
        insert.setLong(3, target.serviceId());
        insert.setObject(4, ticket.businessDay());
        insert.setInt(5, ticket.seq());
        insert.setString(6, ticket.number());
        insert.setString(7, ticket.priority().name());
        insert.setString(8, ticket.channel().name());
        insert.setString(9, ticket.trackingToken());
        insert.setObject(10, utc(ticket.issuedAt()));
        insert.setObject(11, utc(ticket.issuedAt()));
        insert.setInt(12, ticket.estimatedWaitMinutes());
        insert.setObject(13, ticket.appointmentAt() == null ? null : utc(ticket.appointmentAt()),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static void bindAudit(PreparedStatement insert, AuditTrail.Actor actor, String detail)
            throws SQLException {
        insert.setObject(14, utc(actor.at()));
        insert.setString(15, actor.name());
        insert.setObject(16, actor.userId(), Types.BIGINT);
        insert.setObject(17, actor.deviceId(), Types.BIGINT);
        insert.setString(18, detail);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
