package th.servicepoint.support;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Other agencies in the installation, for tests that check one agency sees nothing of another. Made straight in the
 * database (the platform's API to create agencies is not what these tests are about); fill one with
 * {@code fixtures.inAgency(id)}.
 */
public final class Agencies {

    private Agencies() {
    }

    /** A new active agency (a small SAO) with this unique code; returns its id. */
    public static long create(String code) {
        return create(code, "SAO", "ทดสอบ");
    }

    /** A new active agency of this class in this province, named after its unique code; returns its id. */
    public static long create(String code, String agencyClass, String province) {
        return Installation.read(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("insert into agency (code, name_th, name_en, agency_class, province)"
                        + " values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, code).setParameter(2, "หน่วยงาน " + code).setParameter(3, "Agency " + code)
                .setParameter(4, agencyClass).setParameter(5, province).getSingleResult()).longValue());
    }

    /** The agency an account belongs to, as stored. */
    public static Long ofUser(String username) {
        return Installation.read(() -> (Long) Panache.getEntityManager()
                .createNativeQuery("select agency_id from app_user where username = ?1", Long.class)
                .setParameter(1, username).getSingleResult());
    }
}
