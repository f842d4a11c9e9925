package th.servicepoint.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands out the next number of a service's day. The upsert takes a row lock held until the issuing transaction ends,
 * so numbers are gap-free and unique across every instance on the database, and a rolled-back ticket gives its number
 * back. The same row holds the service's waiting count (V2 migration), read in the same statement: under the lock it
 * is exactly the number of people ahead of the new ticket. Plain JDBC: the data source enlists the connection in the
 * issuing transaction.
 */
@ApplicationScoped
class TicketNumbering {

    private static final String NEXT = """
            insert into ticket_sequence (service_id, business_day, last_seq) values (?, ?, 1)
            on conflict (service_id, business_day) do update set last_seq = ticket_sequence.last_seq + 1
            returning last_seq, waiting
            """;

    /** A number taken, and how many tickets of the service were waiting when it was taken. */
    record Taken(int seq, int waitingAhead) {
    }

    private final DataSource dataSource;

    TicketNumbering(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Taken next(long serviceId, LocalDate businessDay) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(NEXT)) {
            upsert.setLong(1, serviceId);
            upsert.setObject(2, businessDay);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return new Taken(row.getInt("last_seq"), row.getInt("waiting"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a ticket number", e);
        }
    }
}
