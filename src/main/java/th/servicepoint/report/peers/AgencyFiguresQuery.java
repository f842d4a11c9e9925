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

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.common.RunsIn;
import th.servicepoint.common.SqlStatements;
import th.servicepoint.report.peers.AgencyFigures.EitFigure;
import th.servicepoint.report.peers.AgencyFigures.ItemFigure;
import th.servicepoint.report.scoring.ItemScore;
import th.servicepoint.report.scoring.ReportSettings;
import th.servicepoint.report.scoring.SurveyScores;
import th.servicepoint.report.scoring.SurveyScoring;
import th.servicepoint.survey.ItemTally;

/**
 * Reads the figures of many agencies in one statement grouped by agency (report/sql/agency-figures.sql) and scores
 * each agency's survey with the report's own scoring ({@link SurveyScoring}), so an item's score here is the score the
 * agency's own report shows.
 */
@ApplicationScoped
public class AgencyFiguresQuery {

    private static final String FIGURES = SqlStatements.load("report/sql/agency-figures.sql");

    private final EntityManager entityManager;
    private final ReportSettings settings;

    AgencyFiguresQuery(EntityManager entityManager, ReportSettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** A page of agencies with their figures, and how many agencies matched in all. */
    public record Page(long matching, List<AgencyFigures> agencies) {
    }

    /**
     * The agencies the caller's own scope reads (a province's for a provincial account, every agency for the platform),
     * in {@code province} when given, {@code limit} of them from {@code offset}: row-level security keeps what the
     * caller may not read out of every figure. Every agency of the country at once takes longer than the default
     * transaction allows (bench/RESULTS.md, "National size"), so it has the report's timeout.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "servicepoint.report.transaction-timeout")
    public Page visible(ReportPeriod period, String province, int offset, int limit) {
        return read(period, null, province, offset, limit);
    }

    /**
     * Every active agency of the class of {@code agency}, the agency itself included. Peers are other agencies, which
     * the caller's scope never reads, so this one statement runs in the installation's scope, in a transaction of its
     * own (a connection already taken keeps the caller's scope); it answers figures that {@link PeerBenchmarks} turns
     * into percentiles and medians, and nothing of it leaves the service with a peer's name.
     */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = "servicepoint.report.transaction-timeout")
    public List<AgencyFigures> sameClassAs(ReportPeriod period, long agency) {
        entityManager.createNativeQuery("set transaction read only").executeUpdate();
        return read(period, agency, null, 0, null).agencies();
    }

    @SuppressWarnings("unchecked")
    private Page read(ReportPeriod period, Long sameClassAs, String province, int offset, Integer limit) {
        List<Tuple> rows = entityManager.createNativeQuery(FIGURES, Tuple.class)
                .setParameter("firstDay", period.firstDay()).setParameter("endDay", period.endExclusive())
                .setParameter("fromMonth", period.firstDay().withDayOfMonth(1))
                .setParameter("toMonth", monthAfter(period.lastDay())).setParameter("sameClassAs", sameClassAs)
                .setParameter("province", province).setParameter("limit", limit).setParameter("offset", offset)
                .getResultList();
        Map<Long, Tuple> agencies = new LinkedHashMap<>();
        Map<Long, Map<String, Answers>> answers = new HashMap<>();
        for (Tuple row : rows) {
            long id = row.get("agency_id", Number.class).longValue();
            if ("AGENCY".equals(row.get("kind", String.class))) {
                agencies.put(id, row);
            } else {
                answers.computeIfAbsent(id, a -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("item_code", String.class), code -> new Answers(row)).add(row);
            }
        }
        long matching = agencies.isEmpty() ? 0 : number(agencies.values().iterator().next(), "matching");
        SurveyScoring scoring = new SurveyScoring(settings);
        List<AgencyFigures> figures = new ArrayList<>();
        agencies.forEach((id, row) -> figures.add(figures(row,
                scoring.score(answers.getOrDefault(id, Map.of()).values().stream().map(Answers::tally).toList(),
                        List.of()))));
        return new Page(matching, figures);
    }

    /** A period's months: those of its days (a custom period's part months count whole, as the tallies are months). */
    private static LocalDate monthAfter(LocalDate day) {
        return day.withDayOfMonth(1).plusMonths(1);
    }

    private AgencyFigures figures(Tuple row, SurveyScores scores) {
        long standardN = number(row, "standard_n");
        int min = settings.rankMinAnswers();
        List<ItemFigure> items = scores.questions().stream().flatMap(question -> question.items().stream())
                .map((ItemScore item) -> new ItemFigure(item.code(), item.n(), item.n() >= min ? item.score() : null))
                .toList();
        EitFigure eit = scores.projectedEit() == null ? null
                : new EitFigure(scores.projectedEit().n(), scores.projectedEit().score());
        return new AgencyFigures(number(row, "agency_id"), row.get("code", String.class),
                row.get("name_th", String.class), row.get("name_en", String.class),
                row.get("agency_class", String.class), row.get("province", String.class), number(row, "served"),
                number(row, "wait_n"), decimal(row, "wait_median"), decimal(row, "wait_mean"), standardN,
                standardN == 0 ? null : 100.0 * number(row, "within_standard") / standardN, number(row, "closed"),
                decimal(row, "close_median"), items, eit);
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
