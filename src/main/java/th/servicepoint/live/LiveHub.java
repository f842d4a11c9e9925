package th.servicepoint.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The screens connected to this instance, by service point, and the journal events they are fed. Every instance
 * hears every event through PostgreSQL (see {@link JournalListener}) in journal order; a missed stretch (after the
 * listener reconnects) is read back from the journal, so screens never see a gap.
 */
@ApplicationScoped
class LiveHub {

    /** The screens of one service point and the last event handed to them. */
    private static final class Feed {
        final Set<Screen> screens = ConcurrentHashMap.newKeySet();
        /** Only the listener thread reads and writes it; -1 until the first event. */
        long lastSeq = -1;
    }

    private final Map<Long, Feed> feeds = new ConcurrentHashMap<>();
    private final LiveSettings settings;

    LiveHub(LiveSettings settings) {
        this.settings = settings;
    }

    void join(Screen screen) {
        feeds.computeIfAbsent(screen.servicePointId(), id -> new Feed()).screens.add(screen);
    }

    void leave(Screen screen) {
        Feed feed = feeds.get(screen.servicePointId());
        if (feed != null) {
            feed.screens.remove(screen);
        }
    }

    /** Closes every screen of this instance that opened with the device key, which has just been revoked. */
    void keyRevoked(long deviceId) {
        feeds.values().forEach(feed -> feed.screens.stream().filter(screen -> screen.openedWith(deviceId))
                .forEach(Screen::keyRevoked));
    }

    /**
     * After the listener (re)connects: a key revoked while it was not listening still closes its screens. One query
     * over the keys of this instance's screens.
     */
    void closeRevoked(Connection connection) throws SQLException {
        Long[] devices = feeds.values().stream().flatMap(feed -> feed.screens.stream()).map(Screen::deviceId)
                .filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (devices.length == 0) {
            return;
        }
        try (PreparedStatement revoked = connection
                .prepareStatement("select id from device_key where id = any(?) and not active")) {
            revoked.setArray(1, connection.createArrayOf("bigint", devices));
            try (ResultSet rows = revoked.executeQuery()) {
                while (rows.next()) {
                    keyRevoked(rows.getLong(1));
                }
            }
        }
    }

    int screens() {
        return feeds.values().stream().mapToInt(feed -> feed.screens.size()).sum();
    }

    /** Counted on each scrape: a walk over this instance's screens, a few thousand at most. */
    long screens(ScreenKind kind) {
        return feeds.values().stream().flatMap(feed -> feed.screens.stream()).filter(screen -> screen.kind() == kind)
                .count();
    }

    /**
     * A NOTIFY payload: the service point id, a space, and the message, or only its number when the message was too
     * long for NOTIFY. Called by the listener thread, with its connection for reading the journal.
     */
    void announce(Connection journal, String payload) throws SQLException {
        int space = payload.indexOf(' ');
        long servicePointId = Long.parseLong(payload.substring(0, space));
        Feed feed = feeds.get(servicePointId);
        if (feed == null) {
            return;
        }
        String rest = payload.substring(space + 1);
        LiveEvent event = rest.startsWith("{") ? LiveEvent.of(rest) : null;
        long seq = event != null ? event.seq() : Long.parseLong(rest);
        if (seq <= feed.lastSeq) {
            return;
        }
        if (event == null || feed.lastSeq >= 0 && seq > feed.lastSeq + 1) {
            catchUp(journal, servicePointId, feed, seq);
        } else {
            hand(feed, event);
        }
    }

    /**
     * After the listener (re)connects: whatever was journaled while it was not listening. A feed that has had no event
     * yet (the connection was lost before the first one since this instance started) starts from where its live
     * screens are; without that, the first events after the database came back would be skipped and every screen
     * closed as behind.
     */
    void catchUpAll(Connection journal) throws SQLException {
        for (Map.Entry<Long, Feed> entry : feeds.entrySet()) {
            Feed feed = entry.getValue();
            if (feed.lastSeq < 0) {
                feed.lastSeq = feed.screens.stream().mapToLong(Screen::lastSeq).filter(seq -> seq >= 0).min()
                        .orElse(-1);
            }
            if (feed.lastSeq >= 0) {
                catchUp(journal, entry.getKey(), feed, Long.MAX_VALUE);
            }
        }
    }

    /**
     * Reads the events after the feed's last one up to {@code until} from the journal. A stretch longer than the
     * replay limit is cut short; screens notice the gap at the next event and resume by themselves.
     */
    private void catchUp(Connection journal, long servicePointId, Feed feed, long until) throws SQLException {
        long from = feed.lastSeq >= 0 ? feed.lastSeq : until - 1;
        int limit = (int) Math.min(until - from, settings.replayLimit());
        List<EventJournal.Entry> missed = EventJournal.after(journal, servicePointId, from, limit);
        for (EventJournal.Entry entry : missed) {
            hand(feed, new LiveEvent(entry.seq(), entry.message()));
        }
    }

    private static void hand(Feed feed, LiveEvent event) {
        feed.lastSeq = event.seq();
        for (Screen screen : feed.screens) {
            screen.offer(event);
        }
    }
}
