package th.servicepoint.security;

import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What security reads of the directory of agencies that agency/ keeps (V20; no row-level security: names, provinces and
 * whether an agency is active are public). Read here because security sits below agency/ and may not call it.
 */
final class AgencyDirectory {

    private AgencyDirectory() {
    }

    /** The active agencies of a province: what a provincial account reads. */
    static List<Long> activeIn(String province) {
        return entityManager().createNativeQuery("select id from agency where province = ?1 and active", Long.class)
                .setParameter(1, province).getResultList();
    }

    /** Whether the agency is active: a deactivated agency's staff are refused (the platform deactivates agencies). */
    static boolean active(long agency) {
        return Boolean.TRUE.equals(entityManager()
                .createNativeQuery("select active from agency where id = ?1", Boolean.class).setParameter(1, agency)
                .getSingleResult());
    }

    /** Whether an active agency has this code: what {@code ?agency=} may name. */
    static boolean serves(String code) {
        return Boolean.TRUE.equals(entityManager()
                .createNativeQuery("select exists (select 1 from agency where code = ?1 and active)", Boolean.class)
                .setParameter(1, code).getSingleResult());
    }

    /** The agency's code and names. */
    static SessionView.Agency named(long agency) {
        Object[] row = (Object[]) entityManager()
                .createNativeQuery("select code, name_th, name_en from agency where id = ?1").setParameter(1, agency)
                .getSingleResult();
        return new SessionView.Agency((String) row[0], (String) row[1], (String) row[2]);
    }

    private static EntityManager entityManager() {
        return Panache.getEntityManager();
    }
}
