package th.servicepoint.audit;

import java.util.Map;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * One batch of a data-retention purge: a set-based update and the system audit row saying what it cleared, in a
 * transaction of its own, so a long purge holds its locks briefly and a failure loses one batch at most. Each feature
 * keeps its own update (which rows, which columns); this keeps how a batch is run and accounted for in one place.
 */
@ApplicationScoped
public class AuditedPurge {

    private final EntityManager entityManager;
    private final AuditTrail audit;

    AuditedPurge(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Runs {@code update} with its named parameters; audits {@code action} when it cleared rows; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int run(String update, Map<String, Object> parameters, String action, IntFunction<String> whatWasCleared) {
        Query query = entityManager.createNativeQuery(update);
        parameters.forEach(query::setParameter);
        int cleared = query.executeUpdate();
        if (cleared > 0) {
            audit.system(action, null, whatWasCleared.apply(cleared));
        }
        return cleared;
    }
}
