package th.servicepoint.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.common.SqlStatements;
import th.servicepoint.survey.SurveyComments.Comment;

/**
 * The survey figures of the executive report, aggregated in PostgreSQL: a half-year may hold a million responses and
 * ten times as many answers, so none is loaded into Java.
 * <p>
 * A response belongs to the period by {@code answered_at}, and to a service point through its invitation (invited) or
 * its poster's counter (open). An answer marked as from staff counts under mode STAFF only. The tallies are one statement: the
 * answers are first counted per combination of mode,
 * service, counter and clerk (a plain aggregate over the big tables), and only those few thousand cells are rolled up
 * with {@code grouping sets} into the total and every breakdown. The period a report compares with needs the total
 * only ({@link #totals}). Items are matched by code across questionnaire versions; order, parent, indicator, scale and
 * wording come from the newest version that has the code.
 * <p>
 * The responses are a {@code not materialized} CTE: inlined, the planner sees the real joins and hashes the period's
 * responses rather than the whole answer table (measured 1.4 s against 2.3 s for 1.7 million answers in the period,
 * given the report's {@code work_mem}).
 * <p>
 * A period of whole months (halves, years, a custom range from a 1st to a month's end) is counted from the month
 * tallies the database keeps as answers are stored (V13): the same cells in a small fraction of the rows, which is what
 * keeps an agency's half-year report within seconds (bench/report.sh). Other ranges count the answers themselves.
 * <p>
 * Indexes (V8): {@code survey_response_answered (answered_at)} picks the period's responses; the answers are reached by
 * the unique {@code (response_id, item_code)} index or a hash join; {@code survey_response_commented}, partial on
 * comments, finds the latest comments without reading the rest.
 */
@ApplicationScoped
public class SurveyStatistics {

    /** At most this many comments are listed; the count covers them all. */
    public static final int LATEST_COMMENTS = 20;

    /** The zone the month tallies (V13) are cut in, as every report period is. */
    private static final ZoneId MONTH_ZONE = ZoneId.of("Asia/Bangkok");

    /**
     * The tallies and the totals (report/sql/survey-tallies-*.sql, survey-totals-*.sql), each counted from the month
     * tallies or from the answers.
     */
    private static final Cells TALLIES = Cells.load("survey-tallies");
    private static final Cells TOTALS = Cells.load("survey-totals");
    private static final String COMMENTS = SqlStatements.load("report/sql/survey-comments.sql");

    /** Each code as the newest questionnaire version that has it defines it. */
    private static final String DEFINITIONS = """
            select distinct on (i.code) i.code, i.parent_code, i.indicator, i.scale, i.text_th, i.text_en, i.position,
                q.version
            from questionnaire_item i join questionnaire q on q.id = i.questionnaire_id
            where q.status <> 'DRAFT'
            order by i.code, q.version desc
            """;

    private final EntityManager entityManager;

    SurveyStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The tallies of the responses answered in [from, to) at a service point, or the agency when it is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyTallies tallies(Instant from, Instant to, Long servicePointId) {
        List<Definition> definitions = definitions();
        Tally total = new Tally(null, null, null, null);
        Map<Breakdown, Map<String, Tally>> groups = new EnumMap<>(Breakdown.class);
        for (Tuple row : tallyRows(TALLIES, from, to, servicePointId)) {
            String key = row.get("group_key", String.class);
            if (row.get("breakdown") == null) {
                total.add(row);
            } else if (key != null) {
                // a group without a key holds the responses that have no such thing (an open answer has no service)
                // counter 1 and service A exist at every service point
                Breakdown breakdown = Breakdown.valueOf(row.get("breakdown", String.class));
                groups.computeIfAbsent(breakdown, b -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("service_point_code") + "/" + key, k -> group(breakdown, row))
                        .add(row);
            }
        }
        Map<Breakdown, List<SurveyTallies.Group>> tallied = new EnumMap<>(Breakdown.class);
        groups.forEach((breakdown, byKey) -> tallied.put(breakdown,
                byKey.values().stream().map(tally -> tally.group(definitions)).toList()));
        return new SurveyTallies(total.responses, total.items(definitions), wording(definitions, total), tallied);
    }

    /** The total of {@link #tallies} without the breakdowns, at a fraction of the work. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyTallies totals(Instant from, Instant to, Long servicePointId) {
        List<Definition> definitions = definitions();
        Tally total = new Tally(null, null, null, null);
        tallyRows(TOTALS, from, to, servicePointId).forEach(total::add);
        return new SurveyTallies(total.responses, total.items(definitions), wording(definitions, total), Map.of());
    }

    /** The comments left in [from, to) at a service point, or the agency when it is null: count and latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyComments comments(Instant from, Instant to, Long servicePointId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(COMMENTS, Tuple.class).setParameter("from", from)
                .setParameter("to", to).setParameter("servicePoint", servicePointId)
                .setParameter("listed", LATEST_COMMENTS).getResultList();
        List<Comment> latest = rows.stream()
                .map(row -> new Comment(row.get("answered_at", Instant.class),
                        ResponseMode.valueOf(row.get("mode", String.class)), row.get("service_point_code", String.class),
                        row.get("counter_number", Integer.class), row.get("name_th", String.class),
                        row.get("name_en", String.class), row.get("comment", String.class)))
                .toList();
        return new SurveyComments(rows.isEmpty() ? 0 : rows.get(0).get("comments", Number.class).longValue(), latest);
    }

    /** Rows of a statement over the cells: from the month tallies when [from, to) is whole months, else the answers. */
    @SuppressWarnings("unchecked")
    private List<Tuple> tallyRows(Cells statement, Instant from, Instant to, Long servicePointId) {
        LocalDate fromMonth = monthStart(from);
        LocalDate toMonth = monthStart(to);
        boolean wholeMonths = fromMonth != null && toMonth != null;
        Query query = entityManager.createNativeQuery(wholeMonths ? statement.fromMonths() : statement.fromAnswers(),
                Tuple.class);
        if (wholeMonths) {
            query.setParameter("fromMonth", fromMonth).setParameter("toMonth", toMonth);
        } else {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.setParameter("servicePoint", servicePointId).getResultList();
    }

    /** The month starting at this instant in the zone the tallies are cut in; null when it starts no month. */
    private static LocalDate monthStart(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, MONTH_ZONE);
        return local.getDayOfMonth() == 1 && local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate()
                : null;
    }

    /** Every code ever asked, in questionnaire order: by position, then the newer version first. */
    @SuppressWarnings("unchecked")
    private List<Definition> definitions() {
        List<Tuple> rows = entityManager.createNativeQuery(DEFINITIONS, Tuple.class).getResultList();
        return rows.stream()
                .map(row -> new Definition(row.get("code", String.class), row.get("parent_code", String.class),
                        row.get("indicator", Integer.class), row.get("scale", String.class),
                        row.get("text_th", String.class), row.get("text_en", String.class),
                        row.get("position", Integer.class), row.get("version", Integer.class)))
                .sorted(Comparator.comparingInt(Definition::position)
                        .thenComparing(Comparator.comparingInt(Definition::version).reversed())
                        .thenComparing(Definition::code))
                .toList();
    }

    /** The wording of the answered items and of their parents, in questionnaire order. */
    private static Map<String, ItemWording> wording(List<Definition> definitions, Tally total) {
        Map<String, String> parents = definitions.stream().filter(d -> d.parentCode() != null)
                .collect(Collectors.toMap(Definition::code, Definition::parentCode));
        Set<String> asked = new HashSet<>(total.counts.keySet());
        total.counts.keySet().stream().map(parents::get).filter(Objects::nonNull).forEach(asked::add);
        Map<String, ItemWording> wording = new LinkedHashMap<>();
        definitions.stream().filter(d -> asked.contains(d.code())).forEach(d -> wording.put(d.code(),
                new ItemWording(d.code(), d.parentCode(), d.textTh(), d.textEn())));
        return wording;
    }

    private static Tally group(Breakdown breakdown, Tuple row) {
        String key = row.get("group_key", String.class);
        if (breakdown == Breakdown.MODE) {
            ResponseMode mode = ResponseMode.valueOf(key);
            return new Tally(key, null, modeTh(mode), modeEn(mode));
        }
        return new Tally(key, row.get("service_point_code", String.class), row.get("name_th", String.class),
                row.get("name_en", String.class));
    }

    private static String modeTh(ResponseMode mode) {
        return switch (mode) {
            case INVITED -> "ตอบผ่านบัตรคิวที่ได้รับบริการ";
            case OPEN -> "ตอบผ่านโปสเตอร์ QR ที่ช่องบริการ";
            case STAFF -> "ตอบจากเครือข่ายหรือบัญชีเจ้าหน้าที่ (ไม่นับรวมในคะแนนของผู้รับบริการ)";
        };
    }

    private static String modeEn(ResponseMode mode) {
        return switch (mode) {
            case INVITED -> "Invited, from a served ticket";
            case OPEN -> "Open, through a counter's poster QR";
            case STAFF -> "From a staff network or staff account (not in the citizens' figures)";
        };
    }

    /** One statement over the cells, as counted from the month tallies and from the answers. */
    private record Cells(String fromMonths, String fromAnswers) {

        static Cells load(String name) {
            return new Cells(SqlStatements.load("report/sql/" + name + "-from-months.sql"),
                    SqlStatements.load("report/sql/" + name + "-from-answers.sql"));
        }
    }

    private record Definition(String code, String parentCode, Integer indicator, String scale, String textTh,
            String textEn, int position, int version) {
    }

    /** The rows of one group (or the total) as they come: the response count and each item's answers. */
    private static final class Tally {
        private final String key;
        private final String servicePointCode;
        private final String nameTh;
        private final String nameEn;
        private long responses;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final Map<String, Map<String, Integer>> points = new HashMap<>();

        Tally(String key, String servicePointCode, String nameTh, String nameEn) {
            this.key = key;
            this.servicePointCode = servicePointCode;
            this.nameTh = nameTh;
            this.nameEn = nameEn;
        }

        /** Reads one row's item code, value, points and count. */
        void add(Tuple row) {
            String code = row.get("item_code", String.class);
            long n = row.get("n", Number.class).longValue();
            if (code == null) {
                responses = n;
                return;
            }
            String value = row.get("value", String.class);
            int given = row.get("points", Integer.class);
            Map<String, Integer> itemPoints = points.computeIfAbsent(code, c -> new HashMap<>());
            // answers keep the points they were given: a value scored differently after a settings change is its own
            // entry, so the mean stays exact
            String entry = itemPoints.getOrDefault(value, given) == given ? value : value + "@" + given;
            itemPoints.put(entry, given);
            counts.computeIfAbsent(code, c -> new HashMap<>()).merge(entry, n, Long::sum);
        }

        List<ItemTally> items(List<Definition> definitions) {
            return definitions.stream().filter(d -> counts.containsKey(d.code()))
                    .map(d -> new ItemTally(d.code(), d.parentCode(), d.indicator(), d.scale(), counts.get(d.code()),
                            points.get(d.code())))
                    .toList();
        }

        SurveyTallies.Group group(List<Definition> definitions) {
            return new SurveyTallies.Group(key, servicePointCode, nameTh, nameEn, responses, items(definitions));
        }
    }
}
