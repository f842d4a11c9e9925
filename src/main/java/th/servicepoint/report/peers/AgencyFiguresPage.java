package th.servicepoint.report.peers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.common.RunsIn;
import th.servicepoint.common.SqlStatements;
import th.servicepoint.report.peers.AgencyFigures.ItemFigure;
import th.servicepoint.report.scoring.ItemScore;
import th.servicepoint.report.scoring.ReportSettings;
import th.servicepoint.report.scoring.SurveyScores;
import th.servicepoint.report.scoring.SurveyScoring;
import th.servicepoint.survey.ItemTally;

/**
 * Computes one page of agencies' figures of a period from the tallies (report/sql/agency-figures.sql, one statement
 * grouped by agency), scores each agency's survey with the report's own scoring ({@link SurveyScoring}, so an item's
 * score is the one the agency's own report shows) and keeps them (V25), in a transaction of its own in the
 * installation's scope: every agency's figures, whoever asks. A transaction-scoped advisory lock keeps two instances
 * (or the job and a request) from computing the same page at once; the page is chosen after the lock is held, so the
 * second finds what the first kept and does not compute it again.
 */
@ApplicationScoped
class AgencyFiguresPage {

    private static final String FIGURES = SqlStatements.load("report/sql/agency-figures.sql");

    private static final String KEEP = """
            insert into agency_period_figures (agency_id, first_day, end_day, folded_through, computed_at, served,
                wait_n, wait_median, wait_mean, standard_n, within_standard_percent, complaints_closed,
                close_median_days, items, eit_n, eit_score)
            values (:agency, :firstDay, :endDay, cast(:foldedThrough as date), now(), :served, :waitN,
                cast(:waitMedian as double precision), cast(:waitMean as double precision), :standardN,
                cast(:withinStandard as double precision), :closed, cast(:closeMedian as double precision),
                cast(:items as jsonb), cast(:eitN as bigint), cast(:eitScore as double precision))
            on conflict (agency_id, first_day, end_day) do update set folded_through = excluded.folded_through,
                computed_at = excluded.computed_at, served = excluded.served, wait_n = excluded.wait_n,
                wait_median = excluded.wait_median, wait_mean = excluded.wait_mean, standard_n = excluded.standard_n,
                within_standard_percent = excluded.within_standard_percent,
                complaints_closed = excluded.complaints_closed, close_median_days = excluded.close_median_days,
                items = excluded.items, eit_n = excluded.eit_n, eit_score = excluded.eit_score
            """;

    /** Any fixed number the installation uses for nothing else: the keeping's advisory lock. */
    private static final long LOCK = 0x6b657074L;

    private final EntityManager entityManager;
    private final ReportSettings settings;
    private final ObjectMapper json;

    AgencyFiguresPage(EntityManager entityManager, ReportSettings settings, ObjectMapper json) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.json = json;
    }

    /**
     * Keeps the figures of up to {@code size} active agencies of the period whose kept row is missing, or when
     * {@code stale} also older than their tallies; answers how many, or -1 when {@code wait} is false and another
     * instance holds the lock (it is at the work already). The report's timeout: a page of 200 agencies takes seconds
     * at national size (bench/RESULTS.md).
     */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = "servicepoint.report.transaction-timeout")
    int keep(ReportPeriod period, boolean stale, int size, boolean wait) {
        if (wait) {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK)
                    .getSingleResult();
        } else if (!(Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", LOCK).getSingleResult()) {
            return -1;
        }
        List<Computed> page = compute(period, stale, size);
        for (Computed computed : page) {
            write(period, computed);
        }
        return page.size();
    }

    /** Whether an active agency has no kept figures of the period: a cheap look before the work. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean missing(ReportPeriod period) {
        // a set difference, not an anti-join: right after a keeping the planner has no statistics of the new rows yet,
        // took them for one and looped over every agency for each (2 s at national size, bench/RESULTS.md)
        return (Boolean) entityManager.createNativeQuery("""
                select exists (select id from agency where active
                    except select agency_id from agency_period_figures
                    where first_day = :firstDay and end_day = :endDay)
                """).setParameter("firstDay", period.firstDay()).setParameter("endDay", period.endExclusive())
                .getSingleResult();
    }

    /** Whether any agency has kept figures of the period (someone asked for it). */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean any(ReportPeriod period) {
        return (Boolean) entityManager.createNativeQuery("""
                select exists (select 1 from agency_period_figures where first_day = :firstDay and end_day = :endDay)
                """).setParameter("firstDay", period.firstDay()).setParameter("endDay", period.endExclusive())
                .getSingleResult();
    }

    /** Forgets the period's kept figures, so the next keeping computes every agency's again. */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int forget(ReportPeriod period) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK)
                .getSingleResult();
        return entityManager
                .createNativeQuery("delete from agency_period_figures where first_day = :firstDay and end_day = :endDay")
                .setParameter("firstDay", period.firstDay()).setParameter("endDay", period.endExclusive())
                .executeUpdate();
    }

    /** An agency's figures as computed, its survey item scores whatever their n (the reader hides the small ones). */
    private record Computed(long agency, LocalDate foldedThrough, Tuple row, SurveyScores scores) {
    }

    @SuppressWarnings("unchecked")
    private List<Computed> compute(ReportPeriod period, boolean stale, int size) {
        List<Tuple> rows = entityManager.createNativeQuery(FIGURES, Tuple.class)
                .setParameter("firstDay", period.firstDay()).setParameter("endDay", period.endExclusive())
                .setParameter("fromMonth", period.firstDay().withDayOfMonth(1))
                .setParameter("toMonth", monthAfter(period.lastDay())).setParameter("stale", stale)
                .setParameter("pageSize", size).getResultList();
        Map<Long, Tuple> agencies = new LinkedHashMap<>();
        Map<Long, Map<String, Answers>> answers = new HashMap<>();
        for (Tuple row : rows) {
            long id = number(row, "agency_id");
            if ("AGENCY".equals(row.get("kind", String.class))) {
                agencies.put(id, row);
            } else {
                answers.computeIfAbsent(id, a -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("item_code", String.class), code -> new Answers(row)).add(row);
            }
        }
        SurveyScoring scoring = new SurveyScoring(settings);
        List<Computed> computed = new ArrayList<>();
        agencies.forEach((id, row) -> computed.add(new Computed(id, day(row.get("folded_through")), row,
                scoring.score(answers.getOrDefault(id, Map.of()).values().stream().map(Answers::tally).toList(),
                        List.of()))));
        return computed;
    }

    /** A period's months: those of its days (a custom period's part months count whole, as the tallies are months). */
    private static LocalDate monthAfter(LocalDate day) {
        return day.withDayOfMonth(1).plusMonths(1);
    }

    private void write(ReportPeriod period, Computed computed) {
        Tuple row = computed.row();
        long standardN = number(row, "standard_n");
        List<ItemFigure> items = computed.scores().questions().stream()
                .flatMap(question -> question.items().stream())
                .map((ItemScore item) -> new ItemFigure(item.code(), item.n(), item.score())).toList();
        var eit = computed.scores().projectedEit();
        entityManager.createNativeQuery(KEEP).setParameter("agency", computed.agency())
                .setParameter("firstDay", period.firstDay()).setParameter("endDay", period.endExclusive())
                .setParameter("foldedThrough", computed.foldedThrough()).setParameter("served", number(row, "served"))
                .setParameter("waitN", number(row, "wait_n")).setParameter("waitMedian", decimal(row, "wait_median"))
                .setParameter("waitMean", decimal(row, "wait_mean")).setParameter("standardN", standardN)
                .setParameter("withinStandard",
                        standardN == 0 ? null : 100.0 * number(row, "within_standard") / standardN)
                .setParameter("closed", number(row, "closed")).setParameter("closeMedian", decimal(row, "close_median"))
                .setParameter("items", text(items)).setParameter("eitN", eit == null ? null : eit.n())
                .setParameter("eitScore", eit == null ? null : eit.score()).executeUpdate();
    }

    private String text(List<ItemFigure> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("survey item figures that do not make JSON", e);
        }
    }

    /** The driver answers a date as java.sql.Date or LocalDate, depending on how Hibernate reads the column. */
    static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    private static Double decimal(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }

    /**
     * One item's answers as they come, each (value, points) its own entry, so a value scored differently after a
     * settings change keeps its own points.
     */
    private static final class Answers {
        private final String code;
        private final String parentCode;
        private final Integer indicator;
        private final String scale;
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, Integer> points = new HashMap<>();

        Answers(Tuple row) {
            code = row.get("item_code", String.class);
            parentCode = row.get("parent_code", String.class);
            indicator = row.get("indicator", Integer.class);
            scale = row.get("scale", String.class);
        }

        Answers add(Tuple row) {
            int given = row.get("points", Integer.class);
            String entry = row.get("value", String.class) + "@" + given;
            counts.merge(entry, number(row, "n"), Long::sum);
            points.put(entry, given);
            return this;
        }

        ItemTally tally() {
            return new ItemTally(code, parentCode, indicator, scale, counts, points);
        }
    }
}
