package th.servicepoint.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One connected screen. Events reach it in journal order; until its snapshot (or replay) is sent they are held, then
 * each event after the one it last received is shown. Sends never block: a screen with more than
 * {@code send-buffer} messages unwritten, or that has taken none of them for {@code stall-timeout}, or that would skip
 * an event, is closed with {@link ScreenClose#BEHIND} and resumes from the last event it got.
 */
abstract class Screen {

    private static final Logger LOG = Logger.getLogger(Screen.class);

    private final WebSocketConnection connection;
    private final long servicePointId;
    /** The device key the screen opened with; null for a citizen's ticket screen, which has none. */
    private final Long deviceId;
    private final int sendBuffer;
    private final long stallNanos;
    private final AtomicInteger unwritten = new AtomicInteger();
    /** When the socket last took a message, or when it had none waiting. */
    private volatile long lastProgress = System.nanoTime();
    private final List<LiveEvent> held = new ArrayList<>();
    private long lastSeq;
    private boolean live;
    /** Set once the screen is being closed: nothing more is sent to it. */
    private volatile boolean closing;

    Screen(WebSocketConnection connection, long servicePointId, Long deviceId, LiveSettings settings) {
        this.connection = connection;
        this.servicePointId = servicePointId;
        this.deviceId = deviceId;
        this.sendBuffer = settings.sendBuffer();
        this.stallNanos = settings.stallTimeout().toNanos();
    }

    long servicePointId() {
        return servicePointId;
    }

    abstract ScreenKind kind();

    boolean openedWith(long device) {
        return deviceId != null && deviceId == device;
    }

    Long deviceId() {
        return deviceId;
    }

    /** Shows the event, or nothing if it does not concern this screen. */
    abstract void show(LiveEvent event);

    /** The next event of the service point; called by the hub in journal order. */
    synchronized void offer(LiveEvent event) {
        if (live) {
            pass(event);
        } else if (held.size() < sendBuffer) {
            held.add(event);
        } else {
            fallBehind();
        }
    }

    /** The screen is up to date with event {@code seq}: from now on it gets the events after it. */
    synchronized void goLive(long seq) {
        lastSeq = seq;
        live = true;
        held.forEach(this::pass);
        held.clear();
    }

    /** Missed events replayed to a resuming screen, before it goes live. */
    synchronized void replay(List<LiveEvent> events) {
        events.forEach(this::showInTurn);
    }

    /** The last event this screen has had, once it is live; -1 while it is still opening. */
    synchronized long lastSeq() {
        return live ? lastSeq : -1;
    }

    void send(String message) {
        if (closing) {
            return;
        }
        long now = System.nanoTime();
        int waiting = unwritten.getAndIncrement();
        if (waiting == 0) {
            lastProgress = now;
        } else if (waiting >= sendBuffer || now - lastProgress > stallNanos) {
            fallBehind();
            return;
        }
        connection.sendText(message).subscribe().with(done -> written(), failure -> {
            written();
            LOG.debugf("Could not send to screen %s: %s", connection.id(), failure.getMessage());
        });
    }

    private void written() {
        lastProgress = System.nanoTime();
        unwritten.decrementAndGet();
    }

    void close(ScreenClose reason, String detail) {
        ScreenClose.send(connection, reason, detail);
    }

    private void pass(LiveEvent event) {
        if (event.seq() <= lastSeq) {
            return;
        }
        if (event.seq() != lastSeq + 1) {
            fallBehind();
            return;
        }
        showInTurn(event);
    }

    /** The last event is the last one shown, so a screen closed while showing one resumes before it. */
    private void showInTurn(LiveEvent event) {
        show(event);
        if (!closing) {
            lastSeq = event.seq();
        }
    }

    /** The key this screen opened with no longer works: nothing more is sent, and the socket is closed now. */
    synchronized void keyRevoked() {
        if (!closing) {
            closing = true;
            close(ScreenClose.KEY_REQUIRED, "the device key was revoked");
        }
    }

    private synchronized void fallBehind() {
        if (!closing) {
            closing = true;
            close(ScreenClose.BEHIND, "reconnect with ?since=" + lastSeq);
        }
    }
}
