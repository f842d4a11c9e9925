package th.servicepoint.report.peers;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.common.ReportPeriod;

/**
 * Keeps every active agency's figures of the fiscal periods the peer benchmarks and roll-ups read (V25), so a request
 * reads a few thousand rows instead of computing every agency from the tallies (35-43 s for the national roll-up,
 * bench/RESULTS.md). Its schedule ({@link PeerSettings#keepCron()}, after the queue fold) computes again, in pages of
 * their own transactions, the agencies whose kept row is missing or older than their tallies: of the current half, of
 * the previous half until its last day is in, and of their fiscal years once someone asked for one. As the fold moves
 * on once a day, that is every agency once a day. Idempotent: a run with nothing to do reads which rows are stale and
 * stops, and when another instance is at it, this one leaves it the work.
 */
@ApplicationScoped
public class KeptAgencyFigures {

    private static final Logger LOG = Logger.getLogger(KeptAgencyFigures.class);

    private final AgencyFiguresPage pages;
    private final PeerSettings settings;
    private final Clock clock;

    KeptAgencyFigures(AgencyFiguresPage pages, PeerSettings settings, Clock clock) {
        this.pages = pages;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "kept-agency-figures", cron = "{servicepoint.report.peers.keep-cron}", timeZone = "Asia/Bangkok", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        for (ReportPeriod period : periods(clock.instant())) {
            if (period.kind() != ReportPeriod.Kind.YEAR || pages.any(period)) {
                keepStale(period);
            }
        }
    }

    /** The current half, the previous one, and their fiscal years. */
    static Set<ReportPeriod> periods(Instant now) {
        ReportPeriod current = ReportPeriod.halfContaining(now);
        ReportPeriod previous = current.previous();
        Set<ReportPeriod> periods = new LinkedHashSet<>();
        periods.add(current);
        periods.add(previous);
        periods.add(ReportPeriod.year(current.fiscalYear()));
        periods.add(ReportPeriod.year(previous.fiscalYear()));
        return periods;
    }

    /**
     * Computes again the period's figures of the active agencies whose kept row is missing or older than their tallies,
     * and answers how many; none when another instance is at it (it leaves the work to that one).
     */
    public int keepStale(ReportPeriod period) {
        return keepPages(period, true, "");
    }

    /**
     * Keeps the figures of the active agencies that have none of the period yet (a first start, an older period, an
     * agency new since the last run), waiting for another instance at it, so an answer is never empty merely because
     * the schedule has not run. Kept rows older than the tallies stay as they are: the schedule computes them again.
     */
    public void keepMissing(ReportPeriod period) {
        if (pages.missing(period)) {
            keepPages(period, false, " on demand");
        }
    }

    /** Pages until none is left to keep (the stale ones without waiting for the lock, the missing ones waiting). */
    private int keepPages(ReportPeriod period, boolean stale, String how) {
        long start = System.nanoTime();
        int kept = 0;
        int page;
        do {
            page = pages.keep(period, stale, settings.keepPageSize(), !stale);
            kept += Math.max(page, 0);
        } while (page > 0);
        if (page < 0) {
            LOG.debugf("Another instance keeps the figures for %s", period.labelEn());
        }
        if (kept > 0) {
            LOG.infof("Kept the figures of %d agencies for %s%s in %d ms", kept, period.labelEn(), how,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return kept;
    }

    /**
     * Computes every active agency's figures of the period now, whatever is kept: after tallies were written other
     * than by the fold (tests, a repaired day), or to time the work (bench/national.sh).
     */
    public void recompute(ReportPeriod period) {
        pages.forget(period);
        keepMissing(period);
    }
}
