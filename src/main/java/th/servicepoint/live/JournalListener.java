package th.servicepoint.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/**
 * Hears every queue event of every instance: one PostgreSQL connection does {@code LISTEN queue_event} on its own
 * thread and hands each notification to the {@link LiveHub}; it also hears revoked device keys
 * ({@link KeyRevocations}), whose screens the hub closes. PostgreSQL delivers notifications in commit order and
 * only for committed transactions. When the connection is lost the listener connects again and reads what it missed
 * from the journal.
 */
@ApplicationScoped
class JournalListener {

    private static final Logger LOG = Logger.getLogger(JournalListener.class);
    /** How long to wait for a notification before checking that the connection is still alive. */
    private static final int IDLE_CHECK_MILLIS = 10_000;

    private final DataSource dataSource;
    private final LiveHub hub;
    private final LiveSettings settings;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    JournalListener(DataSource dataSource, LiveHub hub, LiveSettings settings) {
        this.dataSource = dataSource;
        this.hub = hub;
        this.settings = settings;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "queue-event-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes the connection before the pool does, which would log its closing as a fault. */
    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        thread.interrupt();
        Connection listeningOn = connection;
        if (listeningOn != null) {
            try {
                listeningOn.close();
            } catch (SQLException e) {
                LOG.debug("The listener's connection was already closed", e);
            }
        }
    }

    /** Whether events reach this instance's screens now; the readiness check reports it. */
    boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection opened = installationConnection(); Statement statement = opened.createStatement()) {
                connection = opened;
                statement.execute("LISTEN queue_event");
                statement.execute("LISTEN " + KeyRevocations.CHANNEL);
                hub.catchUpAll(opened);
                hub.closeRevoked(opened);
                listening = true;
                receive(opened, statement);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Queue events stopped reaching this instance's screens (%s); reconnecting in %s",
                            e.getMessage(), settings.listenerRetry());
                }
            } finally {
                listening = false;
                connection = null;
            }
            pause();
        }
    }

    /**
     * The listener serves every agency's screens and answers no person: it reads the journal (not any agency's) and
     * which of its screens' device keys were revoked, of every agency. Taken in no scope, the connection would see no
     * key at all, and a key revoked while the listener was away would keep its screens open.
     */
    Connection installationConnection() throws SQLException {
        try {
            return AgencyScopes.callChecked(AgencyScope.INSTALLATION, dataSource::getConnection);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void receive(Connection connection, Statement statement) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(IDLE_CHECK_MILLIS);
            if (notifications == null || notifications.length == 0) {
                statement.execute("select 1");
                continue;
            }
            for (PGNotification notification : notifications) {
                if (KeyRevocations.CHANNEL.equals(notification.getName())) {
                    hub.keyRevoked(Long.parseLong(notification.getParameter()));
                } else {
                    hub.announce(connection, notification.getParameter());
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.listenerRetry().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
