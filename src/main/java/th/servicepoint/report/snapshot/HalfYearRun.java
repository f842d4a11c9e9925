package th.servicepoint.report.snapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.snapshot.ReportRuns.Run;

/**
 * Reports each fiscal half once it has closed: on schedule (06:00 Bangkok on 1 April and 1 October by default) the
 * half that just ended is kept as snapshots, for each agency and each of its service points that issued a ticket or a
 * survey invitation in it ({@link ActiveServicePoints}), and mailed to that agency's executives, each agency in its own
 * scope.
 * With several instances one does the run (the first to insert its row); a run left unfinished, a refused mail or an
 * instance stopped midway, is tried again later, reusing the snapshots already taken. Nothing here throws: a failure
 * is logged and kept on the run.
 */
@ApplicationScoped
public class HalfYearRun {

    private static final Logger LOG = Logger.getLogger(HalfYearRun.class);

    private final ReportRuns runs;
    private final ReportSnapshots snapshots;
    private final ReportMail mail;
    private final ReportAddressees addressees;
    private final ActiveServicePoints servicePoints;
    private final ReportScheduleSettings settings;
    private final Clock clock;

    HalfYearRun(ReportRuns runs, ReportSnapshots snapshots, ReportMail mail, ReportAddressees addressees,
            ActiveServicePoints servicePoints, ReportScheduleSettings settings, Clock clock) {
        this.addressees = addressees;
        this.runs = runs;
        this.snapshots = snapshots;
        this.mail = mail;
        this.servicePoints = servicePoints;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "report-half-year", cron = "${servicepoint.report.schedule.cron}", timeZone = "${servicepoint.report.schedule.time-zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runAt(clock.instant());
    }

    @Scheduled(identity = "report-half-year-retry", every = "${servicepoint.report.schedule.retry-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onRetry() {
        retryAt(clock.instant());
    }

    /**
     * Reports the half that closed before {@code now} (at 06:00 on 1 April: half 1, October – March), unless that run
     * was started before, by this instance or another: for every active agency.
     *
     * @return the home agency's run, when this call started it
     */
    public Optional<Long> runAt(Instant now) {
        List<ReportAddressee> agencies = addressees.active();
        Optional<Long> homeRun = Optional.empty();
        for (ReportAddressee agency : agencies) {
            Optional<Long> run = AgencyScopes.call(reporting(agency), () -> runFor(now, agency));
            homeRun = agency == agencies.get(0) ? run : homeRun;
        }
        return homeRun;
    }

    /** Each agency's reports are made in its own scope, which counts its corruption complaints (numbers only). */
    private static AgencyScope reporting(ReportAddressee agency) {
        return AgencyScope.of(agency.agency()).withCorruptionComplaints();
    }

    private Optional<Long> runFor(Instant now, ReportAddressee agency) {
        ReportPeriod closed = ReportPeriod.halfContaining(now).previous();
        Optional<Run> run = runs.start(closed, now, now.plus(settings.claim()));
        if (run.isEmpty()) {
            LOG.infof("The report of %s was already made; not again", closed.labelEn());
            return Optional.empty();
        }
        complete(run.get(), agency);
        return run.map(Run::id);
    }

    /** Takes over the runs left unfinished whose claim has lapsed; returns how many. */
    public int retryAt(Instant now) {
        int retried = 0;
        for (ReportAddressee agency : addressees.active()) {
            retried += AgencyScopes.call(reporting(agency), () -> {
                List<Run> unfinished = runs.claimUnfinished(now, now.plus(settings.claim()));
                unfinished.forEach(run -> complete(run, agency));
                return unfinished.size();
            });
        }
        return retried;
    }

    private void complete(Run run, ReportAddressee agency) {
        try {
            List<SnapshotView> taken = takeSnapshots(run);
            runs.snapshotsTaken(run, clock.instant());
            deliver(run, taken, agency);
        } catch (RuntimeException e) {
            LOG.errorf(e, "The report run of %s failed (attempt %d of %d)", run.half().labelEn(), run.attempt(),
                    settings.attempts());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (run.attempt() >= settings.attempts()) {
                runs.finished(run, clock.instant(), "gave up: " + error);
            } else {
                runs.failed(run, error);
            }
        }
    }

    /** The run's snapshots: those an earlier attempt took, and the missing ones taken now, the agency's first. */
    private List<SnapshotView> takeSnapshots(Run run) {
        List<SnapshotView> taken = new ArrayList<>(snapshots.ofRun(run.id()));
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        if (settings.servicePoints()) {
            scopes.addAll(servicePoints.in(run.half()));
        }
        for (String scope : scopes) {
            if (taken.stream().noneMatch(snapshot -> Objects.equals(snapshot.servicePoint(), scope))) {
                taken.add(snapshots.take(run.half(), scope, SnapshotTrigger.SCHEDULE, AuditTrail.SYSTEM, run.id()));
            }
        }
        return taken;
    }

    private void deliver(Run run, List<SnapshotView> taken, ReportAddressee agency) {
        if (agency.recipients().isEmpty()) {
            LOG.warnf("The report of %s for %s is kept and published but not mailed: the agency has no report "
                    + "recipients (nor, for the home agency, servicepoint.report.mail.to)", run.half().labelEn(),
                    agency.nameEn());
            runs.finished(run, clock.instant(), "not mailed: no recipients configured");
            return;
        }
        mail.send(taken, agency);
        String ids = taken.stream().map(snapshot -> String.valueOf(snapshot.id())).collect(Collectors.joining(", "));
        runs.mailed(run, clock.instant(), "report of " + run.half().labelEn() + " mailed to "
                + agency.recipients().size() + " recipients: snapshots " + ids);
        LOG.infof("The report of %s for %s was mailed to %s", run.half().labelEn(), agency.nameEn(),
                agency.recipients());
    }
}
