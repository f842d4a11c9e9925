package th.servicepoint.common;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.arc.Arc;

/**
 * The scope a connection taken now belongs to: an explicit one of the work running on this thread, else the current
 * request's, else none at all (a connection that sees nothing).
 */
@ApplicationScoped
public class AgencyScopes {

    private static final ThreadLocal<AgencyScope> EXPLICIT = new ThreadLocal<>();

    private final Instance<AgencyScopeSource> requests;

    AgencyScopes(Instance<AgencyScopeSource> requests) {
        this.requests = requests;
    }

    public AgencyScope current() {
        AgencyScope explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        if (requests.isResolvable() && Arc.container().requestContext().isActive()) {
            return requests.get().currentRequest();
        }
        return AgencyScope.NONE;
    }

    /**
     * Runs work in the given scope on this thread. The work must open its own transaction: a connection already taken
     * keeps the scope it was taken with.
     */
    public static <T> T call(AgencyScope scope, Supplier<T> work) {
        try {
            return callChecked(scope, work::get);
        } catch (RuntimeException unchecked) {
            throw unchecked;
        } catch (Exception impossible) {
            // a Supplier throws nothing checked
            throw new IllegalStateException(impossible);
        }
    }

    public static void run(AgencyScope scope, Runnable work) {
        call(scope, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callChecked(AgencyScope scope, Callable<T> work) throws Exception {
        AgencyScope outer = EXPLICIT.get();
        EXPLICIT.set(scope);
        try {
            return work.call();
        } finally {
            restore(outer);
        }
    }

    private static void restore(AgencyScope outer) {
        if (outer == null) {
            EXPLICIT.remove();
        } else {
            EXPLICIT.set(outer);
        }
    }
}
