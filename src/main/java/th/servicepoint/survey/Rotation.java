package th.servicepoint.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ReportPeriod;

/**
 * Chooses the ITA items one invitation or poster view asks in the short form (planned missingness, as large surveys
 * do): the {@link Questionnaire#rotationItems} items asked least often so far in the current fiscal half-year, ties
 * broken at random, so over a half every item's count stays within about one of the others'. Nobody picks: not the
 * clerk, not the citizen.
 * <p>
 * The counts ({@code survey_item_asked}, V18) are kept in {@link #STRIPES} stripes (V34), each mint raising one stripe
 * drawn at random, so clerks completing at once seldom wait for each other; within its stripe a mint raises the counts
 * in code order, so two mints on one stripe wait for each other and never deadlock. Two that read the counts at the
 * same moment may ask the same items, a one-invitation imbalance the next mints even out.
 */
@ApplicationScoped
class Rotation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String COUNTS = """
            select item_code, sum(asked) as asked from survey_item_asked where half_start = :half and item_code in (:codes)
            group by item_code
            """;
    private static final String ASKED = """
            insert into survey_item_asked (half_start, item_code, stripe, asked) values (:half, :code, :stripe, 1)
            on conflict (agency_id, half_start, item_code, stripe) do update set asked = survey_item_asked.asked + 1
            """;
    private static final int STRIPES = 16;

    private final EntityManager entityManager;
    private final Clock clock;

    Rotation(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The ITA item codes to ask, in questionnaire order, counted as asked; null for the full form, which asks every
     * item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<String> choose(Questionnaire questionnaire) {
        if (questionnaire.length == QuestionnaireLength.FULL) {
            return null;
        }
        List<String> codes = questionnaire.rotating().stream().map(item -> item.code).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        LocalDate half = ReportPeriod.halfContaining(clock.instant()).firstDay();
        Map<String, Long> asked = asked(half, codes);
        List<String> order = new ArrayList<>(codes);
        Collections.shuffle(order, RANDOM);
        // a stable sort: among equally asked items the shuffled order decides
        order.sort(Comparator.comparingLong(code -> asked.getOrDefault(code, 0L)));
        Set<String> chosen = new HashSet<>(order.subList(0, Math.min(questionnaire.rotationItems, order.size())));
        short stripe = (short) RANDOM.nextInt(STRIPES);
        chosen.stream().sorted().forEach(code -> entityManager.createNativeQuery(ASKED).setParameter("half", half)
                .setParameter("code", code).setParameter("stripe", stripe).executeUpdate());
        return codes.stream().filter(chosen::contains).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> asked(LocalDate half, List<String> codes) {
        Map<String, Long> asked = new HashMap<>();
        List<Tuple> rows = entityManager.createNativeQuery(COUNTS, Tuple.class).setParameter("half", half)
                .setParameter("codes", codes).getResultList();
        rows.forEach(row -> asked.put(row.get("item_code", String.class), row.get("asked", Number.class).longValue()));
        return asked;
    }
}
