package th.servicepoint.report.aggregate;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ReportPeriod;

/**
 * Keeps the figures of the halves that are over ({@link KeptHalves}) on a schedule
 * ({@code servicepoint.report.kept-halves-cron}, after the queue fold): for each active agency, the half that ended
 * last and the one before it (the one its report compares with), once the fold has closed them. Agencies whose fold is
 * behind are looked at again by the next run; an agency's run is one transaction, so one that fails keeps nothing.
 */
@ApplicationScoped
public class HalfKeeping {

    private static final Logger LOG = Logger.getLogger(HalfKeeping.class);

    private final KeptHalves halves;
    private final Clock clock;

    HalfKeeping(KeptHalves halves, Clock clock) {
        this.halves = halves;
        this.clock = clock;
    }

    @Scheduled(identity = "kept-halves", cron = "{servicepoint.report.kept-halves-cron}", timeZone = "Asia/Bangkok", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        long start = System.nanoTime();
        int kept = keepEnded();
        if (kept > 0) {
            LOG.infof("Kept the figures of %d agency halves in %d ms", kept, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Keeps the last two halves that have ended where they are closed and not kept; answers how many agency halves. */
    public int keepEnded() {
        ReportPeriod last = ReportPeriod.halfContaining(clock.instant()).previous();
        int kept = 0;
        for (ReportPeriod half : List.of(last, last.previous())) {
            for (long agency : halves.notKept(half)) {
                if (keep(half, agency)) {
                    kept++;
                }
            }
        }
        return kept;
    }

    /** One agency's failure (a timeout, say) is logged and leaves the others to be kept; the next run tries again. */
    private boolean keep(ReportPeriod half, long agency) {
        try {
            return AgencyScopes.call(AgencyScope.of(agency), () -> halves.keep(half));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Keeping the figures of %s for agency %d failed", half.labelEn(), agency);
            return false;
        }
    }
}
