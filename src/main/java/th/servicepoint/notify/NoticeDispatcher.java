package th.servicepoint.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends the outbox: each instance runs one loop that wakes when a transaction of its own queued notices, and every
 * {@link NotifySettings#pollInterval()} for those queued elsewhere. A round runs the call-ahead checks, takes a batch
 * of due notices and sends them at once on {@link NotifySettings#senderThreads()} threads, recording each answer.
 */
@ApplicationScoped
class NoticeDispatcher {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);

    private final NoticeOutbox outbox;
    private final CallAheadChecks checks;
    private final NoticeDelivery delivery;
    private final NotifySettings settings;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService senders;
    private Thread loop;

    NoticeDispatcher(NoticeOutbox outbox, CallAheadChecks checks, NoticeDelivery delivery, NotifySettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.checks = checks;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        senders = Executors.newFixedThreadPool(settings.senderThreads(), runnable -> {
            Thread thread = new Thread(runnable, "notice-sender");
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::loop, "notice-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        loop.interrupt();
        senders.shutdownNow();
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesQueued queued) {
        wake.release();
    }

    private void loop() {
        while (running) {
            try {
                wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                while (running && round()) {
                    // a full batch: more may be due
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Sending notices failed; trying again in %s", settings.pollInterval());
            }
        }
    }

    /** One round; true when the batch was full. */
    private boolean round() throws InterruptedException {
        checks.runDue();
        List<NoticeOutbox.Claimed> batch = outbox.claim(clock.instant());
        List<Callable<Void>> sends = new ArrayList<>(batch.size());
        for (NoticeOutbox.Claimed claimed : batch) {
            sends.add(() -> {
                delivery.deliver(claimed);
                return null;
            });
        }
        senders.invokeAll(sends);
        return batch.size() == settings.batchSize();
    }
}
