package th.servicepoint.site;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Instances started at the same moment on one empty database (a deployment of several replicas) would each find no
 * demo data or administrator and each insert it; all but one would then fail to start on a unique key. The steps that
 * set up missing data first take this PostgreSQL advisory lock, held until their transaction ends, so they run one
 * instance after the other and the later ones find the data there. Flyway locks its migrations the same way.
 */
public final class SetupLock {

    /** Any number of our own; PostgreSQL advisory locks are named by a 64-bit key. */
    private static final long KEY = 0x5345_5450_4C4F_434BL;

    private SetupLock() {
    }

    /** Waits for the lock and holds it until the running transaction commits or rolls back. */
    public static void hold() {
        // counted rather than selected: the lock function returns void, which has no Java type
        Panache.getEntityManager().createNativeQuery("select count(*) from pg_advisory_xact_lock(?1)")
                .setParameter(1, KEY).getSingleResult();
    }
}
