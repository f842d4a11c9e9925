package th.servicepoint.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.queue.QueueEvent;

/**
 * The numbered events of each service point (V3 migration). Events are written in the transaction of the change
 * that caused them and announced with NOTIFY, so they reach screens only after that transaction commits; the journal
 * lets a screen that was away catch up. Plain JDBC: the data source enlists the connection in the running
 * transaction.
 */
@ApplicationScoped
public class EventJournal {

    private static final Logger LOG = Logger.getLogger(EventJournal.class);
    private static final String PUBLISH = "select queue_event_publish(?, ?, ?)";
    private static final String AFTER = "select seq, message from queue_event where service_point_id = ? and seq > ?"
            + " order by seq limit ?";
    private static final String LAST = "select coalesce(max(last_seq), 0) from queue_event_seq where service_point_id = ?";

    /** One journaled event: its number and the message screens receive. */
    public record Entry(long seq, String message) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final LiveSettings settings;
    private final Clock clock;

    EventJournal(DataSource dataSource, ObjectMapper json, LiveSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    void append(@Observes QueueEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement publish = connection.prepareStatement(PUBLISH)) {
            publish.setLong(1, event.servicePointId());
            publish.setObject(2, event.at().atOffset(ZoneOffset.UTC));
            publish.setString(3, json.writeValueAsString(event));
            publish.execute();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not journal a " + event.type().wireName() + " event", e);
        }
    }

    /** The last event number of a service point (0 before its first event), as the running transaction sees it. */
    long lastSeq(long servicePointId) {
        try (Connection connection = dataSource.getConnection()) {
            return lastSeq(connection, servicePointId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event journal", e);
        }
    }

    static long lastSeq(Connection connection, long servicePointId) throws SQLException {
        try (PreparedStatement last = connection.prepareStatement(LAST)) {
            last.setLong(1, servicePointId);
            try (ResultSet row = last.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Events after {@code seq}, oldest first, at most {@code limit}. */
    List<Entry> after(long servicePointId, long seq, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return after(connection, servicePointId, seq, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event journal", e);
        }
    }

    static List<Entry> after(Connection connection, long servicePointId, long seq, int limit) throws SQLException {
        try (PreparedStatement after = connection.prepareStatement(AFTER)) {
            after.setLong(1, servicePointId);
            after.setLong(2, seq);
            after.setInt(3, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = after.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2)));
                }
            }
            return entries;
        }
    }

    /** Screens that resume from an event no longer kept get a snapshot instead. */
    @Scheduled(every = "1h", delay = 1, delayUnit = TimeUnit.MINUTES, identity = "journal-prune")
    void prune() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prune = connection.prepareStatement("delete from queue_event where at < ?")) {
            prune.setObject(1, clock.instant().minus(settings.journalRetention()).atOffset(ZoneOffset.UTC));
            int deleted = prune.executeUpdate();
            LOG.debugf("Deleted %d journaled queue events older than %s", deleted, settings.journalRetention());
        } catch (SQLException e) {
            LOG.warn("Could not prune the event journal; will try again in an hour", e);
        }
    }
}
