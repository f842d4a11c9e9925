package th.servicepoint.report.aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.common.RunsIn;
import th.servicepoint.queue.QueueStatistics;
import th.servicepoint.survey.SurveyStatistics;

/**
 * The figures of the fiscal halves that are over, kept (V28): the report of such a half reads one row instead of
 * computing from the tallies (3-6 s for an agency of 3 M tickets a half, bench/RESULTS.md). A half is kept once it has
 * ended, every day of it is folded and none had tickets left unsettled: from then on nothing can change its figures
 * ({@link HalfKeeping} looks for such halves after the queue fold). Another instance keeping the same half at the same
 * time writes nothing twice.
 */
@ApplicationScoped
public class KeptHalves {

    private static final Logger LOG = Logger.getLogger(KeptHalves.class);

    /**
     * Whether every day of the half is folded, and settled, at every service point of the agency in scope. The tallies
     * are reached through the agency's service points: row-level security alone would read every agency's tallies of
     * the half and keep its own (0.4 s an agency at national size), as no index serves its policy.
     */
    private static final String CLOSED = """
            select not exists (
                    select 1 from service_point p left join queue_fold f on f.service_point_id = p.id
                    where coalesce(f.folded_through, date '-infinity') < :lastDay
                        and exists (select 1 from ticket t where t.service_point_id = p.id and t.business_day <= :lastDay))
                and not exists (select 1 from service_point p join queue_day_tally q on q.service_point_id = p.id
                    where q.day >= :firstDay and q.day <= :lastDay and q.unsettled > 0)
            """;

    private final SurveyStatistics survey;
    private final QueueStatistics queue;
    private final AppointmentStatistics appointments;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final AgencyScopes scopes;
    private final Clock clock;

    KeptHalves(SurveyStatistics survey, QueueStatistics queue, AppointmentStatistics appointments,
            EntityManager entityManager, ObjectMapper json, AgencyScopes scopes, Clock clock) {
        this.survey = survey;
        this.queue = queue;
        this.appointments = appointments;
        this.entityManager = entityManager;
        this.json = json;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The kept figures of a fiscal half for the agency in scope; none for any other period or caller. */
    Optional<PeriodFigures> kept(ReportPeriod period, Long servicePointId) {
        Long agency = scopes.current().agency();
        if (!half(period) || agency == null) {
            return Optional.empty();
        }
        List<?> rows = entityManager.createNativeQuery("""
                select cast(figures as text) from kept_half_report
                where agency_id = :agency and first_day = :firstDay and end_day = :endDay
                    and coalesce(service_point_id, 0) = coalesce(cast(:servicePoint as bigint), 0)
                """).setParameter("agency", agency).setParameter("firstDay", period.firstDay())
                .setParameter("endDay", period.endExclusive()).setParameter("servicePoint", servicePointId)
                .getResultList();
        return rows.stream().findFirst().map(text -> read((String) text));
    }

    /** The figures of the period at the service point (null: the agency in scope) computed from the tallies. */
    PeriodFigures compute(ReportPeriod period, Long servicePointId) {
        Instant from = period.start();
        Instant to = period.end();
        return new PeriodFigures(survey.tallies(from, to, servicePointId), queue.of(from, to, servicePointId),
                survey.comments(from, to, servicePointId), appointments(period, servicePointId));
    }

    /** Kept figures from before appointments were reported get them computed: a closed half's cannot change. */
    AppointmentReport appointments(PeriodFigures figures, ReportPeriod period, Long servicePointId) {
        return figures.appointments() != null ? figures.appointments() : appointments(period, servicePointId);
    }

    private AppointmentReport appointments(ReportPeriod period, Long servicePointId) {
        return appointments.of(period.start(), period.end(), servicePointId, clock.instant());
    }

    /**
     * Keeps the figures of one scope of a closed half that nobody kept yet (a half before the last two, a service
     * point added since, a schedule switched off), as the first report of it computes them anyway; none when the
     * period is no closed half of the agency in scope.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = "servicepoint.report.transaction-timeout")
    Optional<PeriodFigures> keepNow(ReportPeriod period, Long servicePointId) {
        if (!half(period) || scopes.current().agency() == null || !closed(period)) {
            return Optional.empty();
        }
        workMem();
        PeriodFigures figures = compute(period, servicePointId);
        write(period, servicePointId, figures, clock.instant());
        return Optional.of(figures);
    }

    /**
     * The active agencies that miss kept figures of the half for themselves or one of their service points (those
     * whose half is not closed yet among them).
     */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> notKept(ReportPeriod half) {
        List<?> ids = entityManager.createNativeQuery("""
                select a.id from agency a
                left join (select agency_id, count(*) n from service_point group by agency_id) p
                    on p.agency_id = a.id
                left join (select agency_id, count(*) n from kept_half_report
                    where first_day = :firstDay and end_day = :endDay group by agency_id) k on k.agency_id = a.id
                where a.active and coalesce(k.n, 0) < 1 + coalesce(p.n, 0)
                order by a.id
                """).setParameter("firstDay", half.firstDay()).setParameter("endDay", half.endExclusive())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Keeps the half's figures of the agency in scope, for the agency and each of its service points that has none
     * kept, when the half is closed; answers whether it is kept now. The report's work_mem and timeout: this is the
     * report's work, once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = "servicepoint.report.transaction-timeout")
    public boolean keep(ReportPeriod half) {
        if (!closed(half)) {
            return false;
        }
        workMem();
        List<?> missing = entityManager.createNativeQuery("""
                select s.id from (select cast(null as bigint) id union all select id from service_point) s
                where not exists (select 1 from kept_half_report k where k.first_day = :firstDay
                    and k.end_day = :endDay and coalesce(k.service_point_id, 0) = coalesce(s.id, 0))
                order by s.id nulls first
                """).setParameter("firstDay", half.firstDay()).setParameter("endDay", half.endExclusive())
                .getResultList();
        Instant now = clock.instant();
        for (Object id : missing) {
            Long servicePoint = id == null ? null : ((Number) id).longValue();
            write(half, servicePoint, compute(half, servicePoint), now);
        }
        LOG.debugf("Kept the figures of %s for agency %d (%d scopes)", half.labelEn(), scopes.current().agency(),
                missing.size());
        return true;
    }

    private void workMem() {
        entityManager.createNativeQuery("set local work_mem = '" + ExecutiveReports.WORK_MEM + "'").executeUpdate();
    }

    private static boolean half(ReportPeriod period) {
        return period.kind() == ReportPeriod.Kind.HALF_1 || period.kind() == ReportPeriod.Kind.HALF_2;
    }

    /** Over, and every day of it folded and settled at every service point of the agency in scope. */
    private boolean closed(ReportPeriod half) {
        return !clock.instant().isBefore(half.end())
                && (Boolean) entityManager.createNativeQuery(CLOSED).setParameter("firstDay", half.firstDay())
                        .setParameter("lastDay", half.lastDay()).getSingleResult();
    }

    private void write(ReportPeriod half, Long servicePointId, PeriodFigures figures, Instant now) {
        entityManager.createNativeQuery("""
                insert into kept_half_report (first_day, end_day, service_point_id, kept_at, figures)
                values (:firstDay, :endDay, :servicePoint, :now, cast(:figures as json))
                on conflict (agency_id, first_day, end_day, coalesce(service_point_id, 0)) do nothing
                """).setParameter("firstDay", half.firstDay()).setParameter("endDay", half.endExclusive())
                .setParameter("servicePoint", servicePointId).setParameter("now", now)
                .setParameter("figures", write(figures)).executeUpdate();
    }

    private String write(PeriodFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The figures could not be written as JSON", e);
        }
    }

    private PeriodFigures read(String text) {
        try {
            return json.readValue(text, PeriodFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kept figures that no longer read as PeriodFigures", e);
        }
    }

}
