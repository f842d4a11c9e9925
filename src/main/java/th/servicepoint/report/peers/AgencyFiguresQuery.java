package th.servicepoint.report.peers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.servicepoint.common.ReportPeriod;
import th.servicepoint.common.RunsIn;
import th.servicepoint.common.SqlStatements;
import th.servicepoint.report.peers.AgencyFigures.EitFigure;
import th.servicepoint.report.peers.AgencyFigures.ItemFigure;
import th.servicepoint.report.scoring.ReportSettings;

/**
 * Reads the agencies' kept figures of a fiscal period (V25, report/sql/kept-agency-figures.sql) with their names from
 * the directory, keeping those missing first ({@link KeptAgencyFigures#keepMissing}). A survey item's score shows only
 * from {@code servicepoint.report.rank-min-answers} answers, as the kept row holds it whatever its n.
 */
@ApplicationScoped
public class AgencyFiguresQuery {

    private static final String KEPT = SqlStatements.load("report/sql/kept-agency-figures.sql");

    private static final TypeReference<List<ItemFigure>> ITEMS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ReportSettings settings;
    private final ObjectMapper json;

    AgencyFiguresQuery(EntityManager entityManager, ReportSettings settings, ObjectMapper json) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.json = json;
    }

    /**
     * A page of agencies with their figures, how many agencies matched in all, and how current the page's figures
     * are (null for an empty page).
     */
    public record Page(long matching, List<AgencyFigures> agencies, AsOf asOf) {
    }

    /**
     * The agencies the caller's own scope reads (a province's for a provincial account, every agency for the platform),
     * in {@code province} when given, {@code limit} of them from {@code offset}: row-level security keeps what the
     * caller may not read out of every figure. The caller keeps the period's missing figures first, outside this
     * transaction (it runs in the caller's scope, the keeping in the installation's).
     */
    @Transactional
    public Page visible(ReportPeriod period, String province, int offset, int limit) {
        List<Tuple> rows = read(period, null, province, offset, limit);
        List<AgencyFigures> agencies = rows.stream().map(this::figures).toList();
        long matching = rows.isEmpty() ? 0 : number(rows.get(0), "matching");
        return new Page(matching, agencies, AsOf.oldest(agencies));
    }

    /**
     * Every active agency of the class of {@code agency}, the agency itself included. Peers are other agencies, which
     * the caller's scope never reads, so this one statement runs in the installation's scope, in a transaction of its
     * own (a connection already taken keeps the caller's scope); it answers figures that {@link PeerBenchmarks} turns
     * into percentiles and medians, and nothing of it leaves the service with a peer's name.
     */
    @RunsIn(RunsIn.Where.INSTALLATION)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AgencyFigures> sameClassAs(ReportPeriod period, long agency) {
        entityManager.createNativeQuery("set transaction read only").executeUpdate();
        return read(period, agency, null, 0, null).stream().map(this::figures).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> read(ReportPeriod period, Long sameClassAs, String province, int offset, Integer limit) {
        return entityManager.createNativeQuery(KEPT, Tuple.class).setParameter("firstDay", period.firstDay())
                .setParameter("endDay", period.endExclusive()).setParameter("sameClassAs", sameClassAs)
                .setParameter("province", province).setParameter("limit", limit).setParameter("offset", offset)
                .getResultList();
    }

    private AgencyFigures figures(Tuple row) {
        int min = settings.rankMinAnswers();
        List<ItemFigure> items = items(row.get("items", String.class)).stream()
                .map(item -> item.n() >= min ? item : new ItemFigure(item.code(), item.n(), null)).toList();
        Number eitN = row.get("eit_n", Number.class);
        EitFigure eit = eitN == null ? null : new EitFigure(eitN.longValue(), decimal(row, "eit_score"));
        return new AgencyFigures(number(row, "agency_id"), row.get("code", String.class),
                row.get("name_th", String.class), row.get("name_en", String.class),
                row.get("agency_class", String.class), row.get("province", String.class), number(row, "served"),
                number(row, "wait_n"), decimal(row, "wait_median"), decimal(row, "wait_mean"),
                number(row, "standard_n"), decimal(row, "within_standard_percent"), number(row, "complaints_closed"),
                decimal(row, "close_median_days"), items, eit,
                new AsOf(AgencyFiguresPage.day(row.get("folded_through")), instant(row.get("computed_at"))));
    }

    private List<ItemFigure> items(String text) {
        try {
            return json.readValue(text, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept survey item figures that are not the JSON they were kept as", e);
        }
    }

    /** The driver answers a timestamptz as an Instant, OffsetDateTime or Timestamp, depending on Hibernate's mapping. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp time ? time.toInstant() : (Instant) value;
    }

    private static long number(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    private static Double decimal(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }
}
