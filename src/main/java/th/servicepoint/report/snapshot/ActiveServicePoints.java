package th.servicepoint.report.snapshot;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ReportPeriod;

/**
 * The service points of the agency in scope that issued a ticket or a survey invitation in a period: those the
 * half-year run reports on one by one. One that did neither (closed all half, or opened after it) has nothing of its
 * own to tell the executives; the agency's report covers the whole agency all the same.
 */
@ApplicationScoped
class ActiveServicePoints {

    /** Reads queue's ticket and survey's survey_invitation: a report query (DESIGN.md). */
    private static final String ACTIVE = """
            select sp.code from service_point sp
            where exists (select 1 from ticket t where t.service_point_id = sp.id
                            and t.business_day >= :firstDay and t.business_day < :endDay)
               or exists (select 1 from survey_invitation i where i.service_point_id = sp.id
                            and i.created_at >= :start and i.created_at < :end)
            order by sp.code
            """;

    private final EntityManager entityManager;

    ActiveServicePoints(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    List<String> in(ReportPeriod period) {
        return entityManager.createNativeQuery(ACTIVE).setParameter("firstDay", period.firstDay())
                .setParameter("endDay", period.endExclusive()).setParameter("start", period.start())
                .setParameter("end", period.end()).getResultList();
    }
}
