package th.servicepoint.common;

import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Writes and flushes at once, so a unique key that a concurrent request took between our check and our write gives the
 * same 409 as the check, never a 500. Use inside the transaction; the 409 rolls it back.
 */
public final class UniqueKeys {

    /** PostgreSQL's SQLSTATE for unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    public static void write(Runnable write, Supplier<ProblemException> conflict) {
        try {
            write.run();
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
