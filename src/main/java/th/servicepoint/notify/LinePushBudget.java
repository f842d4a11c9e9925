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

    private final EntityManager entityManager;
    private final LineSettings settings;
    private final Clock clock;

    LinePushBudget(EntityManager entityManager, LineSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Takes up to {@code pushes} pushes from this month's budget at once, for one batch; returns how many it may send.
     * The month's row is locked for the few statements of this transaction only.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int take(int pushes) {
        if (pushes == 0) {
            return 0;
        }
        LocalDate month = month();
        entityManager.createNativeQuery("insert into line_push_month (month, pushes) values (:month, 0)"
                + " on conflict (month) do nothing").setParameter("month", month).executeUpdate();
        int used = ((Number) entityManager
                .createNativeQuery("select pushes from line_push_month where month = :month for update")
                .setParameter("month", month).getSingleResult()).intValue();
        int granted = Math.max(0, Math.min(pushes, settings.monthlyPushBudget() - used));
        if (granted > 0) {
            entityManager.createNativeQuery("update line_push_month set pushes = pushes + :granted where month = :month")
                    .setParameter("granted", granted).setParameter("month", month).executeUpdate();
        }
        return granted;
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
