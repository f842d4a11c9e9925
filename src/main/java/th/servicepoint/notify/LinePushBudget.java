package th.servicepoint.notify;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ThaiDates;

/** The month's LINE pushes against the plan's budget (V30 line_push_month); months run in Asia/Bangkok. */
@ApplicationScoped
class LinePushBudget {

    /** Counts one push if the month has room; no row back: the budget is spent. */
    private static final String TAKE = """
            insert into line_push_month as m (month, pushes) values (:month, 1)
            on conflict (month) do update set pushes = m.pushes + 1 where m.pushes < :budget
            returning m.pushes
            """;

    private final EntityManager entityManager;
    private final LineSettings settings;
    private final Clock clock;

    LinePushBudget(EntityManager entityManager, LineSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes one push from this month's budget; false when it is spent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean take() {
        if (settings.monthlyPushBudget() == 0) {
            return false;
        }
        return !entityManager.createNativeQuery(TAKE).setParameter("month", month())
                .setParameter("budget", settings.monthlyPushBudget()).getResultList().isEmpty();
    }

    /** Pushes counted this month. */
    @Transactional(Transactional.TxType.SUPPORTS)
    int used() {
        return ((Number) entityManager.createNativeQuery(
                "select coalesce(max(pushes), 0) from line_push_month where month = :month")
                .setParameter("month", month()).getSingleResult()).intValue();
    }

    int budget() {
        return settings.monthlyPushBudget();
    }

    private LocalDate month() {
        return LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK).withDayOfMonth(1);
    }
}
