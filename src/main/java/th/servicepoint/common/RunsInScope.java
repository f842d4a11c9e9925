package th.servicepoint.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs {@link RunsIn} methods in their scope, outside (before) their transaction. */
@RunsIn(RunsIn.Where.INSTALLATION)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class RunsInScope {

    @AroundInvoke
    Object inScope(InvocationContext invocation) throws Exception {
        RunsIn where = invocation.getMethod().getAnnotation(RunsIn.class);
        if (where == null) {
            where = invocation.getMethod().getDeclaringClass().getAnnotation(RunsIn.class);
        }
        return AgencyScopes.callChecked(where.value().scope(), invocation::proceed);
    }
}
