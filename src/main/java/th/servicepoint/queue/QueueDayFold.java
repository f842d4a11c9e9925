package th.servicepoint.queue;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import th.servicepoint.common.RunsIn;
import th.servicepoint.common.SqlStatements;
import th.servicepoint.common.ThaiDates;

/**
 * Folds the business days that have ended into the daily queue tallies (V21), which the executive report reads instead
 * of the tickets ({@link QueueStatistics}). Nothing is tallied while a day runs, so issuing and calling do no extra
 * work; the fold reads a day's tickets once, after the day end closed them ({@link DayEnd}). Each run folds every day
 * since the last one, so missed runs (the service was down) are caught up, and a first run folds the whole history;
 * a day whose tickets had not all settled (one still being served) is folded again by later runs until they have. The
 * statement replaces a day's rows, and a transaction-scoped advisory lock keeps two instances from folding at once.
 * Then the months whose days are all folded and settled are closed into month histograms (V27), which the report
 * reads instead of their days'.
 */
@ApplicationScoped
public class QueueDayFold {

    private static final Logger LOG = Logger.getLogger(QueueDayFold.class);

    private static final String FOLD = SqlStatements.load("report/sql/queue-day-fold.sql");
    private static final String CLOSE_MONTHS = SqlStatements.load("report/sql/queue-month-fold.sql");

    /** Any fixed number the installation uses for nothing else: the fold's advisory lock. */
    private static final long LOCK = 0x7175657565L;

    private final EntityManager entityManager;
    private final Clock clock;

    QueueDayFold(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(identity = "queue-day-fold", cron = "{servicepoint.queue.fold-cron}", timeZone = "Asia/Bangkok", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int days = foldEndedDays();
        if (days > 0) {
            LOG.infof("Folded %d service-point days into the queue tallies", days);
        }
    }

    /**
     * Folds every day up to yesterday (Asia/Bangkok) not folded yet, and answers how many service-point days it
     * (re)wrote. A first run over years of tickets takes minutes (bench/RESULTS.md), hence the long timeout. It folds
     * every agency's service points at once, so it runs in the installation's scope (each tally row takes its service
     * point's agency, V24), whoever calls it.
     */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public int foldEndedDays() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK)
                .getSingleResult();
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK).minusDays(1);
        Number days = (Number) entityManager.createNativeQuery(FOLD).setParameter("through", yesterday)
                .getSingleResult();
        // a statement of its own: the months read the daily rows the fold has just written
        entityManager.createNativeQuery(CLOSE_MONTHS).getSingleResult();
        return days.intValue();
    }
}
