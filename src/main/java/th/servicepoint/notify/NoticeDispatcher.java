package th.servicepoint.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * {@link NotifySettings#pollInterval()} for those queued elsewhere. A round takes a batch of due notices and the LINE
 * budget they need, sends them at once on {@link NotifySettings#senderThreads()} threads, runs the call-ahead checks
 * meanwhile and records the answers; three short transactions a batch, so sending does not hold the connections clerks need.
 */
@ApplicationScoped
class NoticeDispatcher {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);

    private final NoticeOutbox outbox;
    private final CallAheadChecks checks;
    private final NoticeDelivery delivery;
    private final LinePushBudget budget;
    private final NotifySettings settings;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService senders;
    private Thread loop;

    NoticeDispatcher(NoticeOutbox outbox, CallAheadChecks checks, NoticeDelivery delivery, LinePushBudget budget,
            NotifySettings settings, Clock clock) {
        this.outbox = outbox;
        this.checks = checks;
        this.delivery = delivery;
        this.budget = budget;
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
        if (loop != null) {
            loop.interrupt();
            senders.shutdownNow();
        }
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

    /**
     * One round; true when the batch was full. The call-ahead checks run while the batch is on its way, so a call or
     * survey notice never waits for them; the notices they queue wake the loop for the next round.
     */
    private boolean round() throws InterruptedException {
        List<NoticeOutbox.Claimed> batch = outbox.claim(clock.instant());
        List<Future<NoticeDelivery.Outcome>> sending = send(batch);
        runChecks();
        if (batch.isEmpty()) {
            return false;
        }
        List<NoticeDelivery.Outcome> outcomes = new ArrayList<>(batch.size());
        for (Future<NoticeDelivery.Outcome> sent : sending) {
            outcomes.add(outcome(sent));
        }
        outbox.record(outcomes, clock.instant());
        return batch.size() == settings.batchSize();
    }

    private List<Future<NoticeDelivery.Outcome>> send(List<NoticeOutbox.Claimed> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        int granted = budget.take((int) batch.stream().filter(NoticeDelivery::takesBudget).count());
        List<Future<NoticeDelivery.Outcome>> sending = new ArrayList<>(batch.size());
        for (NoticeOutbox.Claimed claimed : batch) {
            boolean pushAllowed = !NoticeDelivery.takesBudget(claimed) || granted-- > 0;
            sending.add(senders.submit(() -> delivery.deliver(claimed, pushAllowed)));
        }
        return sending;
    }

    /**
     * Each marked service point on its own: one that fails is logged and the others go on. Nothing here may end the
     * round, whose batch is on its way and must be recorded, or it would be sent again.
     */
    private void runChecks() {
        List<CallAheadChecks.Due> dues;
        try {
            dues = checks.take();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Taking the marked call-ahead checks failed; the next round takes them");
            return;
        }
        for (CallAheadChecks.Due due : dues) {
            try {
                checks.check(due);
            } catch (RuntimeException e) {
                LOG.warnf(e, "The call-ahead check of service point %d failed; its next queue change checks again",
                        due.servicePointId());
            }
        }
    }

    private static NoticeDelivery.Outcome outcome(Future<NoticeDelivery.Outcome> sent) throws InterruptedException {
        try {
            return sent.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A send failed outside its channel", e.getCause());
        }
    }
}
