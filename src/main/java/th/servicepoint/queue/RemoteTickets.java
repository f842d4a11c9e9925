package th.servicepoint.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remote tickets (channel REMOTE) and the devices they were issued to (V31 remote_ticket), known by the SHA-256 of the
 * device's secret only. A remote ticket is <em>active</em> while its citizen may still be served on it: WAITING,
 * CALLED, or NO_SHOW within the reactivation window ({@code servicepoint.queue.reactivate-window}), when a clerk may
 * still put it back. Plain JDBC: the data source enlists the connection in the caller's transaction.
 * <p>
 * {@link #isActiveRemote(long)} is for the companion (issue 18): a LINE user may follow one active remote ticket only.
 */
@ApplicationScoped
public class RemoteTickets {

    /** The first key of the device locks: "REMO", apart from any other advisory lock of the service. */
    private static final int DEVICE_LOCK = 0x52454D4F;
    private static final String ACTIVE = "t.channel = 'REMOTE' and (t.status in ('WAITING', 'CALLED')"
            + " or (t.status = 'NO_SHOW' and t.finished_at > ?))";
    private static final String ACTIVE_TICKET = "select 1 from ticket t where t.id = ? and " + ACTIVE;
    private static final String HELD_BY_DEVICE = "select t.number from remote_ticket r join ticket t on t.id = r.ticket_id"
            + " where r.device_hash = ? and " + ACTIVE + " order by t.id desc limit 1";
    private static final String ISSUED_TODAY = "select count(*) from ticket"
            + " where numbered_by_service_id = ? and business_day = ? and channel = 'REMOTE'";
    private static final String ISSUED_TODAY_AT = "select numbered_by_service_id, count(*) from ticket"
            + " where service_point_id = ? and business_day = ? and channel = 'REMOTE' group by numbered_by_service_id";
    private static final String RECORD = "insert into remote_ticket (ticket_id, device_hash) values (?, ?)";
    private static final String LOCK = "select pg_advisory_xact_lock(?, ?)";

    private final DataSource dataSource;
    private final QueueSettings settings;
    private final Clock clock;

    RemoteTickets(DataSource dataSource, QueueSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Whether the ticket is a remote ticket its citizen may still be served on (WAITING, CALLED, or NO_SHOW within the
     * reactivation window). False for any other ticket, and for an id no ticket of the current agency has.
     */
    public boolean isActiveRemote(long ticketId) {
        return run(ACTIVE_TICKET, "Could not read ticket " + ticketId, query -> {
            query.setLong(1, ticketId);
            query.setObject(2, noShowsSince(clock.instant()));
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        });
    }

    /** What the service keeps of a device's secret. */
    static String deviceHash(String deviceSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceSecret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Holds the device until the transaction ends, across every instance: two requests of one device at once (two
     * services, two taps) are checked one after the other, so the second sees the first one's ticket. Taken before the
     * number's row lock, always in this order.
     */
    void lockDevice(String deviceHash) {
        run(LOCK, "Could not lock a device", lock -> {
            lock.setInt(1, DEVICE_LOCK);
            lock.setInt(2, (int) Long.parseLong(deviceHash.substring(0, 8), 16));
            lock.executeQuery().close();
            return null;
        });
    }

    /** The number of the active remote ticket the device holds, if it holds one. */
    Optional<String> heldBy(String deviceHash, Instant now) {
        return run(HELD_BY_DEVICE, "Could not read a device's tickets", query -> {
            query.setString(1, deviceHash);
            query.setObject(2, noShowsSince(now));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        });
    }

    /** Remote tickets numbered by the service on the day, whatever became of them. */
    int issued(long serviceId, LocalDate day) {
        return run(ISSUED_TODAY, "Could not count remote tickets", query -> {
            query.setLong(1, serviceId);
            query.setObject(2, day);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /** Remote tickets of the day by the service that numbered them, for the services of a service point. */
    Map<Long, Integer> issuedAt(long servicePointId, LocalDate day) {
        return run(ISSUED_TODAY_AT, "Could not count remote tickets", query -> {
            query.setLong(1, servicePointId);
            query.setObject(2, day);
            Map<Long, Integer> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    void record(long ticketId, String deviceHash) {
        run(RECORD, "Could not record remote ticket " + ticketId, insert -> {
            insert.setLong(1, ticketId);
            insert.setString(2, deviceHash);
            return insert.executeUpdate();
        });
    }

    /** One statement on a connection the data source enlists in the current transaction. */
    private <T> T run(String sql, String failure, Work<T> work) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    /** No-shows marked after this may still be put back. */
    private OffsetDateTime noShowsSince(Instant now) {
        return now.minus(settings.reactivateWindow()).atOffset(ZoneOffset.UTC);
    }
}
