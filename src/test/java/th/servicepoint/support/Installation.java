package th.servicepoint.support;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/**
 * Tests that look into the database itself, past what any one caller may see (row-level security holds every
 * connection to a scope, V20__agencies.sql): a transaction of their own in the installation's scope.
 */
public final class Installation {

    private Installation() {
    }

    public static <T> T read(Callable<T> work) {
        return in(AgencyScope.INSTALLATION, work);
    }

    public static <T> T in(AgencyScope scope, Callable<T> work) {
        return AgencyScopes.call(scope, () -> QuarkusTransaction.requiringNew().call(work));
    }

    /** Work that opens its own transaction, in the installation's scope. */
    public static <T> T run(Supplier<T> work) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, work);
    }
}
